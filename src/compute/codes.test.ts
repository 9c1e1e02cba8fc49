import { describe, expect, it } from 'vitest';
import { codeListsFor } from './codes.js';

describe('代码表按年度（data/codes 的变动记录）', () => {
  it('2019年科目改革：210 在2018年名为医疗卫生与计划生育支出，2019年起为卫生健康支出（编码不变）', () => {
    expect(codeListsFor(2018).functional.get('210')).toBe('医疗卫生与计划生育支出');
    expect(codeListsFor(2019).functional.get('210')).toBe('卫生健康支出');
    expect(codeListsFor(2024).retired.functional.has('210')).toBe(false);
  });

  it('2100501 行政单位医疗在2018年有效，2019年起停用，由 2101101 接替', () => {
    const old = codeListsFor(2018);
    expect(old.functional.get('2100501')).toBe('行政单位医疗');
    expect(old.functional.has('2101101')).toBe(false);
    const now = codeListsFor(2024);
    expect(now.functional.has('2100501')).toBe(false);
    expect(now.retired.functional.get('2100501')).toMatchObject({ lastYear: 2018, successor: '2101101', successorName: '行政单位医疗' });
  });

  it('新设的类在设立之前的年度没有：224（2019年）、234（2020年）', () => {
    expect(codeListsFor(2018).functional.has('2240101')).toBe(false);
    expect(codeListsFor(2019).functional.has('2240101')).toBe(true);
    expect(codeListsFor(2019).functional.has('234')).toBe(false);
    expect(codeListsFor(2022).functional.has('234')).toBe(true);
  });
});
