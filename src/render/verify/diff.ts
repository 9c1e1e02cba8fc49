/** One step of an edit script: a pair kept, an item only in `a` (removed) or only in `b` (added). */
export type Edit = { op: 'same'; a: number; b: number } | { op: 'removed'; a: number } | { op: 'added'; b: number };

/**
 * The shortest edit script from `a` to `b` (Myers 1986, O((N+M)·D)), comparing keys. Past `maxEdits` differences
 * the sequences are paired by position instead: a file rewritten wholesale still gets a finite, positional report.
 */
export function diffSequences(a: readonly string[], b: readonly string[], maxEdits = 2000): Edit[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m);
    }
  }
  return positional(n, m);
}

function backtrack(trace: readonly Int32Array[], offset: number, n: number, m: number): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    if (!v) break;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (v[offset + prevK] ?? 0);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) edits.push({ op: 'same', a: --x, b: --y });
    if (d > 0) edits.push(down ? { op: 'added', b: --y } : { op: 'removed', a: --x });
  }
  return edits.reverse();
}

function positional(n: number, m: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < Math.max(n, m); i++) {
    if (i < n && i < m) edits.push({ op: 'same', a: i, b: i });
    else if (i < n) edits.push({ op: 'removed', a: i });
    else edits.push({ op: 'added', b: i });
  }
  return edits;
}

/** A stretch of the script: a kept pair, or what `a` had and what `b` has instead between kept pairs (either may be empty). */
export type Segment = { same: true; a: number; b: number } | { same: false; removed: number[]; added: number[]; after?: number };

/** The edit script in order, removals and additions between kept pairs grouped into one segment (`after`: the kept `a` before it). */
export function segmentsOf(edits: readonly Edit[]): Segment[] {
  const out: Segment[] = [];
  let current: Extract<Segment, { same: false }> | undefined;
  let last: number | undefined;
  for (const edit of edits) {
    if (edit.op === 'same') {
      out.push({ same: true, a: edit.a, b: edit.b });
      last = edit.a;
      current = undefined;
      continue;
    }
    if (!current) {
      current = { same: false, removed: [], added: [], ...(last !== undefined ? { after: last } : {}) };
      out.push(current);
    }
    if (edit.op === 'removed') current.removed.push(edit.a);
    else current.added.push(edit.b);
  }
  return out;
}
