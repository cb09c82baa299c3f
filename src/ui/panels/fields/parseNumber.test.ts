import { describe, expect, it } from 'vitest';
import { parseNumber } from './NumberField';
import { splitItems } from './ItemsField';

describe('parseNumber', () => {
  it('accepts numbers, a decimal comma and empty optional values', () => {
    expect(parseNumber('12', {})).toEqual({ value: 12 });
    expect(parseNumber(' 2,5 ', {})).toEqual({ value: 2.5 });
    expect(parseNumber('', { optional: true })).toEqual({ value: null });
  });

  it('explains what is wrong', () => {
    expect(parseNumber('', {})).toEqual({ error: 'fields.required' });
    expect(parseNumber('abc', {})).toEqual({ error: 'fields.notANumber' });
    expect(parseNumber('1.5', { integer: true })).toEqual({ error: 'fields.wholeNumber' });
    expect(parseNumber('-1', { min: 0 })).toEqual({ error: 'fields.atLeast', limit: 0 });
    expect(parseNumber('120', { max: 100 })).toEqual({ error: 'fields.atMost', limit: 100 });
    expect(parseNumber('0', { positive: true })).toEqual({ error: 'fields.positive' });
  });
});

describe('splitItems', () => {
  it('splits on Chinese and English separators and drops blanks', () => {
    expect(splitItems('病历、预检单,就诊卡， 收据;;  ')).toEqual(['病历', '预检单', '就诊卡', '收据']);
  });
});
