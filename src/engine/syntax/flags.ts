/**
 * BuildKit's `extractBuilderFlags`: `--name[=value]` words at the front of an instruction's
 * arguments, where the file's escape character escapes. BuildKit scans this text byte by byte and treats each byte as a Latin-1 character,
 * so a non-ASCII character inside a flag is stored mis-encoded and the bytes 0x85 and 0xA0 count as
 * white space. We reproduce that on the UTF-8 bytes while keeping offsets into the UTF-16 line.
 */

export interface RawFlag {
  /** The stored flag text (quotes removed), as BuildKit keeps it. */
  text: string;
  start: number;
  end: number;
  /** Line offset of the first `=` of the word, or -1. */
  equals: number;
}

export interface FlagScan {
  flags: RawFlag[];
  /** Line offset where the arguments begin (before trimming), or `to` when nothing follows. */
  argsStart: number;
}

function isLatin1Space(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0x85 || byte === 0xa0;
}

/** The region as bytes, each with the line offset of the character it belongs to. */
function toUnits(line: string, from: number, to: number): { bytes: number[]; offsets: number[]; ends: number[] } {
  const bytes: number[] = [];
  const offsets: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    let code = line.charCodeAt(i);
    const charStart = i;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    } else if (code >= 0xd800 && code <= 0xdfff) {
      code = 0xfffd;
    }
    const charEnd = i + 1;
    const push = (byte: number): void => {
      bytes.push(byte);
      offsets.push(charStart);
      ends.push(charEnd);
    };
    if (code < 0x80) push(code);
    else if (code < 0x800) {
      push(0xc0 | (code >> 6));
      push(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      push(0xe0 | (code >> 12));
      push(0x80 | ((code >> 6) & 0x3f));
      push(0x80 | (code & 0x3f));
    } else {
      push(0xf0 | (code >> 18));
      push(0x80 | ((code >> 12) & 0x3f));
      push(0x80 | ((code >> 6) & 0x3f));
      push(0x80 | (code & 0x3f));
    }
  }
  return { bytes, offsets, ends };
}

function isAscii(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (line.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The flags of every instruction without any: never modified. */
const NO_FLAGS: RawFlag[] = [];

export function extractFlags(line: string, from: number, to: number, escapeChar: string): FlagScan {
  // Most instructions have no flags: decide that without scanning the whole line.
  let first = from;
  while (first < to && (line.charCodeAt(first) === 0x20 || (line.charCodeAt(first) >= 0x09 && line.charCodeAt(first) <= 0x0d))) first++;
  if (first >= to) return { flags: NO_FLAGS, argsStart: to };
  const code = line.charCodeAt(first);
  if (code < 0x80 && (code !== 0x2d || line.charCodeAt(first + 1) !== 0x2d)) return { flags: NO_FLAGS, argsStart: first };
  const escape = escapeChar.charCodeAt(0);
  if (isAscii(line, from, to)) return scanFlags(line, from, to, escape, null, to);
  // Non-ASCII: scan the UTF-8 bytes, each stored as one Latin-1 character, as Go does.
  const units = toUnits(line, from, to);
  return scanFlags(units.bytes.map((byte) => String.fromCharCode(byte)).join(''), 0, units.bytes.length, escape, units, to);
}

/** Where each scanned byte lies in the line; null when the line itself is scanned (all ASCII). */
type ByteMap = { offsets: number[]; ends: number[] } | null;

/** Line offset of the character holding unit `unit` (`lineEnd` past the last one). */
function lineOffset(byteMap: ByteMap, unit: number, lineEnd: number): number {
  if (byteMap === null) return unit;
  return unit < byteMap.offsets.length ? (byteMap.offsets[unit] as number) : lineEnd;
}

/** Line offset just past the character holding unit `unit`. */
function lineOffsetAfter(byteMap: ByteMap, unit: number): number {
  return byteMap === null ? unit + 1 : (byteMap.ends[unit] as number);
}

/**
 * Scans `units` [from, to), one character per byte, with offsets mapped back to the line.
 * Plain runs are sliced rather than built char by char: flags are on every other instruction.
 */
function scanFlags(units: string, from: number, to: number, escape: number, byteMap: ByteMap, lineEnd: number): FlagScan {
  const flags: RawFlag[] = [];
  let pos = from;
  while (pos < to) {
    while (pos < to && isLatin1Space(units.charCodeAt(pos))) pos++;
    if (pos >= to) return { flags, argsStart: lineEnd };
    if (units.charCodeAt(pos) !== 0x2d || pos + 1 >= to || units.charCodeAt(pos + 1) !== 0x2d) {
      return { flags, argsStart: lineOffset(byteMap, pos, lineEnd) };
    }
    const wordStart = pos;
    let text = '';
    let runStart = pos;
    let quote = 0;
    let blankOk = false;
    let equals = -1;
    while (pos < to) {
      const byte = units.charCodeAt(pos);
      if (quote === 0 && isLatin1Space(byte)) break;
      if (quote === 0 ? byte === 0x27 || byte === 0x22 : byte === quote) {
        text += units.slice(runStart, pos);
        if (quote === 0) {
          quote = byte;
          blankOk = true;
        } else quote = 0;
        pos++;
        runStart = pos;
        continue;
      }
      if (byte === escape) {
        text += units.slice(runStart, pos);
        pos++;
        runStart = pos;
        if (pos >= to) {
          quote = 0;
          continue;
        }
      }
      if (units.charCodeAt(pos) === 0x3d && equals === -1) equals = lineOffset(byteMap, pos, lineEnd);
      pos++;
    }
    text += units.slice(runStart, pos);
    const wordEnd = lineOffsetAfter(byteMap, pos - 1);
    if (pos < to && text === '--') return { flags, argsStart: lineOffset(byteMap, pos, lineEnd) };
    if (text !== '--' && (blankOk || text.length > 0)) {
      flags.push({ text, start: lineOffset(byteMap, wordStart, lineEnd), end: wordEnd, equals });
    }
    if (pos >= to) return { flags, argsStart: lineEnd };
  }
  return { flags, argsStart: lineEnd };
}
