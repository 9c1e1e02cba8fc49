/** A spreadsheet column's letters, from its 1-based number: `1` → `A`, `27` → `AA` (workbooks read and written). */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
