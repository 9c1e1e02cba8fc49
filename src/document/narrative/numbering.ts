const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Chinese numeral for list numbering: 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 105 → 一百零五 (1–9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`序号超出范围：${n}`);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    const skipOne = d === 1 && place === 1 && out === '';
    out += (skipOne ? '' : (DIGITS[d] ?? '')) + (units[place] ?? '');
  });
  return out;
}

/** Numbering styles of ordered narrative lists (spec §1.3). */
export type ListNumbering = 'cn-paren' | 'arabic-dot' | 'cn-comma';

/** The prefix of item `n` (1-based): `（一）`, `1.` or `一、`. */
export function listPrefix(n: number, style: ListNumbering): string {
  switch (style) {
    case 'cn-paren':
      return `（${chineseNumeral(n)}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'cn-comma':
      return `${chineseNumeral(n)}、`;
  }
}
