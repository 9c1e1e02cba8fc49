import type { GridTable } from '../../document/model.js';
import type { Place, ReadCell, ReadLine } from '../read-model.js';
import { labelKey } from '../text-clean.js';
import { originMap, referencePaths } from '../tables/header-match.js';

/**
 * The reference table's header rows as read cells, without the columns in `drop` (spans shrink over them): a text
 * source's header is too mangled to read (spec §3.3 "特定目标类类"), so the edition's header stands in for it and
 * the read columns are the edition's, less the ones the print shows to be missing.
 */
export function referenceHeader(reference: GridTable, drop: ReadonlySet<number>, place: Place): (ReadCell | null)[][] {
  const keep = reference.columnKeys.map((_, c) => c).filter((c) => !drop.has(c));
  const header = reference.rows.slice(0, reference.headerRows);
  const origin = originMap(header.map((row) => row.map((cell) => (cell.kind === 'content' ? cell : null))));
  return header.map((_, r) =>
    keep.map((c, i): ReadCell | null => {
      const o = origin[r]?.[c];
      if (!o || o[0] !== r) return null;
      const first = keep.findIndex((k) => origin[r]?.[k]?.join() === o.join());
      if (first !== i) return null;
      const cell = header[o[0]]?.[o[1]];
      if (cell?.kind !== 'content') return null;
      const span = keep.filter((k) => origin[r]?.[k]?.join() === o.join()).length;
      return { text: cell.text, rowSpan: cell.rowSpan, colSpan: span, place };
    }),
  );
}

/**
 * The columns a printed header lacks: when the body rows are `deficit` columns narrower than the edition's, the
 * amount columns whose leaf label the header text does not contain (002's 09/10 without 特定目标类, §5.3 002-9).
 */
export function columnsMissingFromHeader(reference: GridTable, headerLines: readonly ReadLine[], deficit: number): Set<number> {
  if (deficit <= 0) return new Set();
  const header = headerLines.map((l) => labelKey(l.text)).join('');
  const paths = referencePaths(reference);
  const missing = paths.flatMap((path, c) => (path.length > 0 && !header.includes(path.at(-1) ?? '') ? [c] : []));
  return missing.length === deficit ? new Set(missing) : new Set();
}
