/** What the paginator needs about one sheet, in sheet rows (1-based) and points already scaled to print. */
export interface PageModel {
  /** Height of each sheet row, index 0 = row 1. */
  heights: readonly number[];
  /** First and last rows of the repeated header, if any. */
  header?: [number, number];
  /** Row ranges that must not split across pages (项目绩效 blocks). */
  blocks: readonly [number, number][];
  /** Usable page height. */
  capacity: number;
}

/**
 * Rows after which a page break goes (spec §3.14: a project block is not split when avoidable). Pages are
 * filled row by row; a block that does not fit on the rest of a page starts the next one, unless it is
 * taller than a whole page. Every page after the first begins with the repeated header.
 */
export function pageBreaks(model: PageModel): number[] {
  const { heights, header, capacity } = model;
  const height = (from: number, to: number) => heights.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const headerHeight = header ? height(header[0], header[1]) : 0;
  const blockAt = new Map(model.blocks.map(([a, b]) => [a, b]));
  const breaks: number[] = [];
  const start = header ? header[1] + 1 : 1;
  let used = height(1, start - 1);
  for (let row = start; row <= heights.length; ) {
    const last = blockAt.get(row) ?? row;
    const need = height(row, last);
    if (used + need > capacity && used > headerHeight) {
      breaks.push(row - 1);
      used = headerHeight;
    }
    if (need > capacity - headerHeight) {
      // A block taller than a page splits anyway: place its rows one by one.
      for (let r = row; r <= last; r++) {
        const h = heights[r - 1] ?? 0;
        if (used + h > capacity && used > headerHeight) {
          breaks.push(r - 1);
          used = headerHeight;
        }
        used += h;
      }
    } else used += need;
    row = last + 1;
  }
  return breaks;
}
