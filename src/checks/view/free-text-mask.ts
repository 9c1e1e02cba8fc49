import { codeAt } from '../char-code.js';

/** Replaces each of the input's free texts by `〇` (a Chinese character), so rules judge only what the tool wrote. */
export function maskFreeTexts(text: string, free: readonly string[]): string {
  return freeTextMask(free)(text);
}

/**
 * `maskFreeTexts` for one list of free texts and many texts, in time linear in the texts: each free text (in the
 * order given, longest first) is replaced where it occurs, as one `replaceAll` pass each, but only the free texts
 * that can occur are tried. A free text is indexed under the rarest of its two-character pieces; a text that holds
 * it holds that piece, so a text's candidates are the free texts filed under its own pieces. (Trying every free
 * text on every printed text was quadratic: 2.8 s of a 2,000-project document.) A piece is filed by a number made
 * from its two character codes (no string is cut out per position); two pieces sharing a number only add
 * candidates, each still tried by `includes`. A free text that holds `〇` may appear only after another is
 * masked, so it is always tried.
 */
export function freeTextMask(free: readonly string[]): (text: string) => string {
  const { usable, distinct } = usableFreeTexts(free);
  const { head, next, bits, always } = pieceIndex(usable);
  // A candidate is tried on the text as given (one without `〇` can occur after masking only where it occurred
  // before), so only the free texts that occur are sorted and masked; `seen` marks those tried for this text.
  const seen = new Int32Array(usable.length);
  let round = 0;
  // Most printed texts that hold a free text are that text (a project or unit name in a table). With the longest
  // first, it is masked whole before any shorter one is tried, and then no other can occur in `〇`.
  const whole = usable.every((f, i) => i === 0 || (usable[i - 1] ?? '').length >= f.length) ? distinct : new Set<string>();
  return (text) => {
    if (whole.has(text)) return MASK;
    round++;
    // Most texts hold no free text: the list of those found is made when the first is (or the `〇` ones exist).
    let found: number[] | undefined = always.length > 0 ? [...always] : undefined;
    let following = text.length > 0 ? codeAt(text, 0) & 0x7fff : 0;
    for (let i = 0; i + 2 <= text.length; i++) {
      // pieceAt(text, i), each character code read once.
      const first = following;
      following = codeAt(text, i + 1) & 0x7fff;
      for (let entry = head[bucketOf((first << 15) | following, bits)]!; entry !== 0; entry = next[entry - 1]!) {
        const k = entry - 1;
        if (seen[k] === round) continue;
        seen[k] = round;
        if (text.includes(usable[k] ?? '')) (found ??= []).push(k);
      }
    }
    if (found === undefined) return text;
    let out = text;
    for (const k of found.length === 1 ? found : Int32Array.from(found).sort()) {
      const f = usable[k] ?? '';
      if (out.includes(f)) out = out.replaceAll(f, MASK);
    }
    return out;
  };
}

/**
 * The free texts by piece, as lists threaded through two arrays: `head[b]` is 1 + the first free text filed in bucket
 * b (0: none), `next[k]` 1 + the one after free text k; `always` those holding `〇`.
 */
interface PieceIndex {
  head: Int32Array;
  next: Int32Array;
  bits: number;
  always: number[];
}

/**
 * Files each free text under the bucket of its rarest piece. Pieces are counted in hash buckets (typed arrays, no
 * map per piece): a collision only makes a piece look commoner or adds a candidate, and whichever piece a text is
 * filed under, a text that holds it holds that piece. A printed text skips, by one array read, every position whose
 * bucket holds no free text.
 */
function pieceIndex(usable: readonly string[]): PieceIndex {
  let chars = 0;
  for (const f of usable) chars += f.length;
  const bits = Math.max(10, Math.min(20, Math.ceil(Math.log2(2 * chars + 1))));
  const counts = new Int32Array(1 << bits);
  // `last[b]` is 1 + the last free text counted in bucket b: a piece repeated in one text counts once.
  const last = new Int32Array(1 << bits);
  for (let k = 0; k < usable.length; k++) {
    const f = usable[k]!;
    for (let i = 0; i + 2 <= f.length; i++) {
      const b = bucketOf(pieceAt(f, i), bits);
      if (last[b] === k + 1) continue;
      last[b] = k + 1;
      counts[b]!++;
    }
  }
  // `last` is not needed any more: its memory holds the lists' heads (cleared first).
  const head = last.fill(0);
  const next = new Int32Array(usable.length);
  const always: number[] = [];
  for (let k = usable.length - 1; k >= 0; k--) {
    const f = usable[k]!;
    if (f.includes(MASK)) {
      always.push(k);
      continue;
    }
    let rarest = 0;
    let fewest = Infinity;
    for (let i = 0; i + 2 <= f.length; i++) {
      const b = bucketOf(pieceAt(f, i), bits);
      const count = counts[b]!;
      if (count < fewest) {
        rarest = b;
        fewest = count;
      }
    }
    next[k] = head[rarest]!;
    head[rarest] = k + 1;
  }
  return { head, next, bits, always: always.reverse() };
}

/**
 * The free texts worth trying, in order: two characters or more, and each once (inputs repeat indicator texts
 * thousands of times). Masking a text again changes nothing unless it holds `〇` (masking others cannot make a new
 * occurrence: every join they leave is a `〇`), so only those keep their repeats. `distinct` holds each usable text once.
 */
function usableFreeTexts(free: readonly string[]): { usable: string[]; distinct: Set<string> } {
  const distinct = new Set<string>();
  const usable = free.filter((f) => {
    if (f.length < 2) return false;
    if (f.includes(MASK)) {
      distinct.add(f);
      return true;
    }
    if (distinct.has(f)) return false;
    distinct.add(f);
    return true;
  });
  return { usable, distinct };
}

/** The two characters at `i` as one small integer (15 bits of each code, so V8 keeps it unboxed). */
function pieceAt(text: string, i: number): number {
  return ((codeAt(text, i) & 0x7fff) << 15) | (codeAt(text, i + 1) & 0x7fff);
}

/** A piece's hash bucket among 2^bits (Fibonacci hashing: the top bits of the product). */
function bucketOf(piece: number, bits: number): number {
  return Math.imul(piece, 0x9e3779b1) >>> (32 - bits);
}

const MASK = '〇';
