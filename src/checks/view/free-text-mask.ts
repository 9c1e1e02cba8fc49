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
  const usable = usableFreeTexts(free);
  const index = pieceIndex(usable);
  // A candidate is tried on the text as given (one without `〇` can occur after masking only where it occurred
  // before), so only the free texts that occur are sorted and masked; `seen` marks those tried for this text.
  const seen = new Int32Array(usable.length);
  let round = 0;
  // Most printed texts that hold a free text are that text (a project or unit name in a table). With the longest
  // first, it is masked whole before any shorter one is tried, and then no other can occur in `〇`.
  const whole = new Set(usable.every((f, i) => i === 0 || (usable[i - 1] ?? '').length >= f.length) ? usable : []);
  return (text) => {
    if (whole.has(text)) return MASK;
    round++;
    // Most texts hold no free text: the list of those found is made when the first is (or the `〇` ones exist).
    let found: number[] | undefined = index.always.length > 0 ? [...index.always] : undefined;
    const { marked, bits, filed } = index;
    let next = text.length > 0 ? text.charCodeAt(0) & 0x7fff : 0;
    for (let i = 0; i + 2 <= text.length; i++) {
      // pieceAt(text, i), each character code read once.
      const first = next;
      next = text.charCodeAt(i + 1) & 0x7fff;
      const piece = (first << 15) | next;
      if (marked[bucketOf(piece, bits)] === 0) continue;
      const list = filed.get(piece);
      if (list === undefined) continue;
      for (const k of list) {
        if (seen[k] === round) continue;
        seen[k] = round;
        if (text.includes(usable[k] ?? '')) (found ??= []).push(k);
      }
    }
    if (found === undefined || found.length === 0) return text;
    let out = text;
    for (const k of found.length === 1 ? found : Int32Array.from(found).sort()) {
      const f = usable[k] ?? '';
      if (out.includes(f)) out = out.replaceAll(f, MASK);
    }
    return out;
  };
}

/** The free texts by piece: `filed` by the rarest piece of each, `marked` the buckets of filed pieces, `always` those holding `〇`. */
interface PieceIndex {
  filed: Map<number, number[]>;
  marked: Uint8Array;
  bits: number;
  always: number[];
}

/**
 * Files each free text under its rarest piece. Pieces are counted in hash buckets (typed arrays, no map per
 * piece): a collision only makes a piece look commoner, and whichever piece a text is filed under, a text that
 * holds it holds that piece. `marked` lets a printed text skip, by one array read, every position no free text is
 * filed under.
 */
function pieceIndex(usable: readonly string[]): PieceIndex {
  let chars = 0;
  for (const f of usable) chars += f.length;
  const bits = Math.max(10, Math.min(20, Math.ceil(Math.log2(4 * chars + 1))));
  const counts = new Int32Array(1 << bits);
  // `last[b]` is 1 + the last free text counted in bucket b: a piece repeated in one text counts once.
  const last = new Int32Array(1 << bits);
  usable.forEach((f, k) => {
    for (let i = 0; i + 2 <= f.length; i++) {
      const b = bucketOf(pieceAt(f, i), bits);
      if (last[b] === k + 1) continue;
      last[b] = k + 1;
      counts[b] = (counts[b] ?? 0) + 1;
    }
  });
  const filed = new Map<number, number[]>();
  const marked = new Uint8Array(1 << bits);
  const always: number[] = [];
  usable.forEach((f, k) => {
    if (f.includes(MASK)) return void always.push(k);
    let rarest = 0;
    let fewest = Infinity;
    for (let i = 0; i + 2 <= f.length; i++) {
      const piece = pieceAt(f, i);
      const count = counts[bucketOf(piece, bits)] ?? 0;
      if (count < fewest) [rarest, fewest] = [piece, count];
    }
    const list = filed.get(rarest);
    if (list) list.push(k);
    else filed.set(rarest, [k]);
    marked[bucketOf(rarest, bits)] = 1;
  });
  return { filed, marked, bits, always };
}

/**
 * The free texts worth trying, in order: two characters or more, and each once (inputs repeat indicator texts
 * thousands of times). Masking a text again changes nothing unless it holds `〇` (masking others cannot make a new
 * occurrence: every join they leave is a `〇`), so only those keep their repeats.
 */
function usableFreeTexts(free: readonly string[]): string[] {
  const seen = new Set<string>();
  return free.filter((f) => {
    if (f.length < 2) return false;
    if (f.includes(MASK)) return true;
    if (seen.has(f)) return false;
    seen.add(f);
    return true;
  });
}

/** The two characters at `i` as one small integer (15 bits of each code, so V8 keeps it unboxed). */
function pieceAt(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0x7fff) << 15) | (text.charCodeAt(i + 1) & 0x7fff);
}

/** A piece's hash bucket among 2^bits (Fibonacci hashing: the top bits of the product). */
function bucketOf(piece: number, bits: number): number {
  return Math.imul(piece, 0x9e3779b1) >>> (32 - bits);
}

const MASK = '〇';
