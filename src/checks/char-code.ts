const charCodeAt = String.prototype.charCodeAt;

/**
 * `text.charCodeAt(i)`, called through String.prototype: a document's texts come in many string representations
 * (joined from pieces, cut from others, shared …), and looking the method up on each kind in turn made a loop over
 * their characters several times slower than the same loop over plain strings.
 */
export function codeAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}
