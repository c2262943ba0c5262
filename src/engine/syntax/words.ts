import { isGoSpace } from './chars.js';

/** A word found in a joined line: BuildKit's string value plus its [start, end) in that line. */
export interface LineWord {
  value: string;
  start: number;
  end: number;
}

/**
 * BuildKit's `parseWords` (ENV, LABEL, ARG): split on unquoted Unicode space, keeping quotes and
 * escapes in the words. An escape character at the very end is dropped.
 */
export function splitWords(line: string, from: number, to: number, escapeChar: string): LineWord[] {
  const words: LineWord[] = [];
  const escape = escapeChar.charCodeAt(0);
  let pos = from;
  while (pos < to) {
    while (pos < to && isGoSpace(line.charCodeAt(pos))) pos++;
    if (pos >= to) break;
    const start = pos;
    let value = '';
    let pieceStart = pos;
    let quote = 0;
    let blankOk = false;
    while (pos < to) {
      const code = line.charCodeAt(pos);
      if (quote === 0) {
        if (isGoSpace(code)) break;
        if (code === 0x27 || code === 0x22) {
          quote = code;
          blankOk = true;
          pos++;
          continue;
        }
        if (code === escape) {
          if (pos + 1 >= to) {
            value += line.slice(pieceStart, pos);
            pieceStart = pos + 1;
            pos++;
            continue;
          }
          pos += 2;
          continue;
        }
        pos++;
        continue;
      }
      if (code === quote) {
        quote = 0;
        pos++;
        continue;
      }
      if (code === escape && quote !== 0x27) {
        if (pos + 1 >= to) {
          value += line.slice(pieceStart, pos);
          pieceStart = pos + 1;
          quote = 0;
          pos++;
          continue;
        }
        pos += 2;
        continue;
      }
      pos++;
    }
    value += line.slice(pieceStart, Math.min(pos, to));
    if (blankOk || value.length > 0) words.push({ value, start, end: Math.min(pos, to) });
  }
  return words;
}

/** Splits [from, to) on runs of BuildKit's ASCII blanks `[\t\v\f\r ]`, as `reWhitespace.Split` does. */
export function splitOnBlanks(line: string, from: number, to: number, limit = Infinity): LineWord[] {
  const words: LineWord[] = [];
  let start = from;
  let pos = from;
  while (pos < to && words.length < limit - 1) {
    const code = line.charCodeAt(pos);
    if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d) {
      words.push({ value: line.slice(start, pos), start, end: pos });
      while (pos < to) {
        const next = line.charCodeAt(pos);
        if (!(next === 0x20 || next === 0x09 || next === 0x0b || next === 0x0c || next === 0x0d)) break;
        pos++;
      }
      start = pos;
      continue;
    }
    pos++;
  }
  words.push({ value: line.slice(start, to), start, end: to });
  return words;
}
