import { describe, expect, it } from 'vitest';
import { Calendar, MINUTES_PER_DAY } from './calendar';

const day = MINUTES_PER_DAY;
const nine = 9 * 60;
const six = 18 * 60;

describe('Calendar (09:00–18:00 every day)', () => {
  const c = new Calendar(nine, six);

  it('knows when it is open and when it opens next', () => {
    expect(c.isOpen(nine)).toBe(true);
    expect(c.isOpen(six)).toBe(false);
    expect(c.isOpen(day + 12 * 60)).toBe(true);
    expect(c.nextOpen(8 * 60)).toBe(nine);
    expect(c.nextOpen(10 * 60)).toBe(10 * 60);
    expect(c.nextOpen(20 * 60)).toBe(day + nine);
  });

  it('counts open minutes between two moments', () => {
    expect(c.openBetween(0, day)).toBe(540);
    expect(c.openBetween(17 * 60, day + 10 * 60)).toBe(120);
    expect(c.openBetween(3 * day, 3 * day + 8 * 60)).toBe(0);
  });

  it('adds working time across closed hours, ending at closing time on a day boundary', () => {
    expect(c.addWorkingTime(10 * 60, 60)).toBe(11 * 60);
    expect(c.addWorkingTime(17 * 60, 120)).toBe(day + 10 * 60);
    expect(c.addWorkingTime(nine, 540)).toBe(six);
    expect(c.addWorkingTime(nine, 2 * 540)).toBe(day + six);
    expect(c.addWorkingTime(20 * 60, 30)).toBe(day + nine + 30);
    expect(c.addWorkingTime(12 * 60, 0)).toBe(12 * 60);
  });
});
