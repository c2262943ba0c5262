/** Character classes exactly as BuildKit's Go code uses them. */

/** Go's `unicode.IsSpace`: the Latin-1 spaces plus the Unicode White_Space characters. */
export function isGoSpace(code: number): boolean {
  if (code <= 0xff) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0;
  }
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Go's `unicode.IsSpace` on one byte below 0x80. */
export function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** BuildKit's `reWhitespace` class `[\t\v\f\r ]`. */
export function isAsciiBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
}

/** Start of `text` [from, to) after Go's `strings.TrimSpace` (two functions: no tuple to allocate per call). */
export function trimmedStart(text: string, from: number, to: number): number {
  let start = from;
  while (start < to && isGoSpace(text.charCodeAt(start))) start++;
  return start;
}

/** End of `text` [from, to) after Go's `strings.TrimSpace`, given the trimmed start as `from`. */
export function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isGoSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
