import type { TextEdit } from '../../engine/index';

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The single edit that turns `before` into `after`, keeping their common start and end. Applying
 * a whole new text this way leaves the cursor, scroll position and undo step where a person
 * would expect them, instead of replacing (and selecting) everything.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Surrogate pairs and CRLF line breaks stay whole on either side of the edit.
  if (prefix > 0 && (isHighSurrogate(before.charCodeAt(prefix - 1)) || (before[prefix - 1] === '\r' && before[prefix] === '\n'))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const firstKept = before.length - suffix;
  if (suffix > 0 && (isLowSurrogate(before.charCodeAt(firstKept)) || (before[firstKept] === '\n' && before[firstKept - 1] === '\r'))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
