import { describe, expect, it } from 'vitest';
import { NODE_SIZES } from '../model';
import { nodeSizeFor, wrap } from './labelSize';

/** CJK characters 13 px wide, everything else 7 px (a stand-in for canvas measureText). */
const measure = (text: string) => [...text].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 13 : 7), 0);

describe('label sizes', () => {
  it('breaks Chinese between any two characters and Latin only between words', () => {
    expect(wrap('核对预约信息并引导顾客', 60, measure)).toEqual(['核对预约', '信息并引', '导顾客']);
    expect(wrap('Check the delivery note', 70, measure)).toEqual(['Check the', 'delivery', 'note']);
    expect(wrap('', 70, measure)).toEqual(['']);
  });

  it('keeps short labels in the default box and widens, then heightens, for long ones', () => {
    expect(nodeSizeFor({ kind: 'task', label: '登记' }, measure)).toEqual(NODE_SIZES.task);
    const long = nodeSizeFor({ kind: 'task', label: '核对预约信息并引导顾客到候诊区就座等候叫号' }, measure);
    expect(long.w).toBeGreaterThan(NODE_SIZES.task.w);
    const veryLong = nodeSizeFor({ kind: 'task', label: '核对预约信息并引导顾客到候诊区就座等候叫号，同时告知顾客预计等候时间并递上饮用水和宣传资料' }, measure);
    expect(veryLong.w).toBe(240);
    expect(veryLong.h).toBeGreaterThan(NODE_SIZES.task.h);
  });

  it('leaves events and gateways at their fixed shapes (their labels sit outside)', () => {
    expect(nodeSizeFor({ kind: 'start', label: '顾客到院并在前台登记个人信息' }, measure)).toEqual(NODE_SIZES.start);
    expect(nodeSizeFor({ kind: 'parallelSplit', label: '同时进行' }, measure)).toEqual(NODE_SIZES.parallelSplit);
  });
});
