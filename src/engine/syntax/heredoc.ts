import { expandWords, type ExpandEnv } from '../model/expand.js';
import { isGoSpace } from './chars.js';
import type { LineWord } from './words.js';

/**
 * Heredoc marker detection as BuildKit does it: the whole joined line is split by its shell
 * lexer (escape always `\`, quotes and escapes kept, spaces/tabs right after `<<` absorbed into
 * the word), then each word is matched against `^(\d*)<<(-?)\s*([^<]*)$`.
 */

export interface HeredocMarker {
  name: string;
  expand: boolean;
  chomp: boolean;
  fileDescriptor: number;
  word: LineWord;
}

export type MarkerScan = { markers: HeredocMarker[]; error: string | null };

/** Raw shell words of the line, or null when the lexer fails (an unterminated quote). */
function rawShellWords(line: string): LineWord[] | null {
  const words: LineWord[] = [];
  const length = line.length;
  let pos = 0;
  while (pos < length) {
    while (pos < length && isGoSpace(line.charCodeAt(pos))) pos++;
    if (pos >= length) break;
    const start = pos;
    while (pos < length) {
      const code = line.charCodeAt(pos);
      if (isGoSpace(code)) break;
      if (code === 0x5c) {
        pos += 2;
        continue;
      }
      if (code === 0x27) {
        const close = line.indexOf("'", pos + 1);
        if (close === -1) return null;
        pos = close + 1;
        continue;
      }
      if (code === 0x22) {
        pos++;
        while (pos < length && line.charCodeAt(pos) !== 0x22) pos += line.charCodeAt(pos) === 0x5c ? 2 : 1;
        if (pos >= length) return null;
        pos++;
        continue;
      }
      if (code === 0x24 && line.charCodeAt(pos + 1) === 0x7b) {
        const close = line.indexOf('}', pos + 2);
        if (close === -1) return null;
        pos = close + 1;
        continue;
      }
      if (code === 0x3c && line.charCodeAt(pos + 1) === 0x3c) {
        pos += 2;
        while (pos < length && (line.charCodeAt(pos) === 0x20 || line.charCodeAt(pos) === 0x09)) pos++;
        continue;
      }
      pos++;
    }
    const end = Math.min(pos, length);
    words.push({ value: line.slice(start, end), start, end });
  }
  return words;
}

type NameLex = { words: string[]; error: string | null };

/**
 * BuildKit's lexer over a marker's name part, unset variables kept: with `rawQuotes` the quote
 * characters stay in the word (escapes are removed either way).
 */
function lexName(text: string, rawQuotes: boolean): NameLex {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    const char = text[pos] as string;
    const code = char.charCodeAt(0);
    if (code === 0x27) {
      const close = text.indexOf("'", pos + 1);
      if (close === -1) {
        return { words: [], error: 'unexpected end of statement while looking for matching single-quote' };
      }
      word += rawQuotes ? text.slice(pos, close + 1) : text.slice(pos + 1, close);
      inWord = true;
      pos = close + 1;
      continue;
    }
    if (code === 0x22) {
      let content = '';
      pos++;
      let closed = false;
      while (pos < length) {
        const inner = text[pos] as string;
        if (inner === '"') {
          closed = true;
          pos++;
          break;
        }
        if (inner === '\\' && pos + 1 < length) {
          const next = text[pos + 1] as string;
          if (next === '"' || next === '$' || next === '\\') {
            content += next;
            pos += 2;
            continue;
          }
        }
        content += inner;
        pos++;
      }
      if (!closed) {
        return { words: [], error: 'unexpected end of statement while looking for matching double-quote' };
      }
      word += rawQuotes ? `"${content}"` : content;
      inWord = true;
      continue;
    }
    if (code === 0x5c) {
      if (pos + 1 < length) word += text[pos + 1];
      inWord = true;
      pos += 2;
      continue;
    }
    if (isGoSpace(code)) {
      if (inWord && word.length > 0) words.push(word);
      word = '';
      inWord = false;
      pos++;
      continue;
    }
    word += char;
    inWord = true;
    pos++;
  }
  if (word.length > 0) words.push(word);
  return { words, error: null };
}

const MARKER = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

function countQuotes(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x27 || code === 0x22) count++;
  }
  return count;
}

export type HeredocWord = Omit<HeredocMarker, 'word'>;

/** BuildKit's `ParseHeredoc` on one word: the heredoc it declares, null if none, or a lexer error. */
export function parseHeredocWord(value: string): HeredocWord | null | { error: string } {
  if (value.indexOf('<<') === -1) return null;
  const match = MARKER.exec(value);
  if (match === null) return null;
  const rest = match[3] as string;
  if (rest.length === 0) return null;
  const plain = lexName(rest, false);
  if (plain.error !== null) return { error: `failed to process ${JSON.stringify(rest)}: ${plain.error}` };
  if (plain.words.length !== 1) return null;
  const raw = lexName(rest, true);
  const name = plain.words[0] as string;
  const fd = (match[1] as string).length > 0 ? Number.parseInt(match[1] as string, 10) : 0;
  return {
    name,
    expand: countQuotes(name) === countQuotes(raw.words[0] ?? ''),
    chomp: match[2] === '-',
    fileDescriptor: Number.isSafeInteger(fd) ? fd : 0,
  };
}

const NO_VARIABLES: ExpandEnv = { get: () => undefined };

export function findHeredocMarkers(line: string): MarkerScan {
  const words = rawShellWords(line);
  // Any lexer failure on the line (an unterminated quote, `${X :-y}`) means BuildKit sees no heredoc.
  if (words === null || expandWords(line, NO_VARIABLES, { rawQuotes: true, rawEscapes: true, keepUnset: true }).error !== null) {
    return { markers: [], error: null };
  }
  const markers: HeredocMarker[] = [];
  for (const word of words) {
    const heredoc = parseHeredocWord(word.value);
    if (heredoc === null) continue;
    if ('error' in heredoc) return { markers, error: heredoc.error };
    markers.push({ ...heredoc, word });
  }
  return { markers, error: null };
}

/** The body as used at build time: `<<-` strips every line's leading tabs. */
export function chompHeredocContent(content: string): string {
  return content
    .split('\n')
    .map((line) => line.replace(/^\t+/, ''))
    .join('\n');
}
