/**
 * BuildKit's separate directive detectors for `syntax` (frontend selection) and `check` (lint
 * configuration). Unlike the main parser they skip a `#!` shebang first line and do not strip
 * leading whitespace; `syntax` may also be written `//syntax=` or as one JSON object.
 */

export interface DetectedDirective {
  /** The value up to the first space (what BuildKit uses). */
  ref: string;
  /** The whole value. */
  cmdline: string;
  /** 1-based line of the directive. */
  line: number;
}

const NAME_VALUE = /^[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*([^\n]+?)[ \t]*$/;
const KNOWN = new Set(['syntax', 'escape', 'check']);

/**
 * Directives sit at the top of the file: the scan reads line by line and stops at the first line
 * that is not one, rather than splitting a file of thousands of lines on every analysis.
 */
function scanPrefixed(key: string, text: string, firstLine: number, prefix: string): DetectedDirective | null {
  const seen = new Set<string>();
  for (let lineStart = 0, index = 0; lineStart <= text.length; index++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r+$/, '');
    lineStart = lineEnd + 1;
    if (!line.startsWith(prefix)) return null;
    const match = NAME_VALUE.exec(line.slice(prefix.length));
    const name = match?.[1]?.toLowerCase();
    if (match === null || name === undefined || !KNOWN.has(name) || seen.has(name)) return null;
    seen.add(name);
    if (name === key) {
      const value = match[2] as string;
      const space = value.indexOf(' ');
      return { ref: space === -1 ? value : value.slice(0, space), cmdline: value, line: firstLine + index + 1 };
    }
  }
  return null;
}

export function detectDirective(key: 'syntax' | 'check', input: string): DetectedDirective | null {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let firstLine = 0;
  if (text.startsWith('#!')) {
    const newline = text.indexOf('\n');
    text = newline === -1 ? '' : text.slice(newline + 1);
    firstLine = 1;
  }
  const hashed = scanPrefixed(key, text, firstLine, '#');
  if (hashed !== null || key === 'check') return hashed;
  const slashed = scanPrefixed(key, text, firstLine, '//');
  if (slashed !== null) return slashed;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'string') return { ref: value, cmdline: value, line: firstLine + 1 };
    }
  } catch {
    // Not JSON: no directive.
  }
  return null;
}
