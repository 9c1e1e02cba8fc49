import { describe, expect, it } from 'vitest';
import { SLIPS } from '../../src/audit/slips.js';

/** The slips a text holds, as `wrong→right`. */
function slips(text: string, duties = true): string[] {
  return SLIPS.flatMap((s) => (s.dutiesOnly && !duties ? [] : [...text.matchAll(s.wrong)].map((m) => `${m[0]}→${s.right}`)));
}

describe('D05 疑似错别字（规格 §5.3 000-12）', () => {
  it('种子 000 的三类笔误：互联网十、平合、列举中的句号', () => {
    expect(slips('配合做好“互联网十政务服务”、“放管服”改革')).toEqual(['互联网十→互联网+']);
    expect(slips('数据共享交换平合建设和运行维护；门户网站平合建设')).toEqual(['平合→平台', '平合→平台']);
    expect(slips('负责市级电子政务机房。市级政务云平台、电子政务网络建设')).toEqual(['。→、']);
  });

  it('同样的字在正确的用法中不算：十年、公平合理、水平合格、下一条职责前的句号、职责以外的句号', () => {
    expect(slips('互联网十年发展，互联网十大应用')).toEqual([]);
    expect(slips('公平合理，水平合格，和平合作')).toEqual([]);
    expect(slips('负责联审联批。（四）负责110联动、百姓呼声。')).toEqual([]);
    expect(slips('负责市级电子政务机房。市级政务云平台、电子政务网络建设', false)).toEqual([]);
  });
});
