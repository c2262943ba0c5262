/**
 * BuildKit's `extractBuilderFlags`: `--name[=value]` words at the front of an instruction's
 * arguments. BuildKit scans this text byte by byte and treats each byte as a Latin-1 character,
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

export function extractFlags(line: string, from: number, to: number): FlagScan {
  // Fast path: for ASCII text bytes and UTF-16 units coincide.
  let bytes: ArrayLike<number>;
  let offsetOf: (index: number) => number;
  let endOf: (index: number) => number;
  if (isAscii(line, from, to)) {
    const codes: number[] = new Array(to - from);
    for (let i = from; i < to; i++) codes[i - from] = line.charCodeAt(i);
    bytes = codes;
    offsetOf = (index) => from + index;
    endOf = (index) => from + index + 1;
  } else {
    const units = toUnits(line, from, to);
    bytes = units.bytes;
    offsetOf = (index) => (index < units.offsets.length ? (units.offsets[index] as number) : to);
    endOf = (index) => (units.ends[index] as number);
  }

  const length = bytes.length;
  const flags: RawFlag[] = [];
  let pos = 0;
  while (pos < length) {
    while (pos < length && isLatin1Space(bytes[pos] as number)) pos++;
    if (pos >= length) return { flags, argsStart: to };
    if (bytes[pos] !== 0x2d || pos + 1 >= length || bytes[pos + 1] !== 0x2d) {
      return { flags, argsStart: offsetOf(pos) };
    }
    const wordStart = pos;
    let text = '';
    let quote = 0;
    let blankOk = false;
    let equals = -1;
    while (pos < length) {
      const byte = bytes[pos] as number;
      if (quote === 0) {
        if (isLatin1Space(byte)) break;
        if (byte === 0x27 || byte === 0x22) {
          quote = byte;
          blankOk = true;
          pos++;
          continue;
        }
      } else if (byte === quote) {
        quote = 0;
        pos++;
        continue;
      }
      let literal = byte;
      if (byte === 0x5c) {
        if (pos + 1 >= length) {
          if (quote !== 0) quote = 0;
          pos++;
          continue;
        }
        pos++;
        literal = bytes[pos] as number;
      }
      if (literal === 0x3d && equals === -1) equals = offsetOf(pos);
      text += String.fromCharCode(literal);
      pos++;
    }
    const wordEnd = endOf(pos - 1);
    if (quote === 0 && pos < length && text === '--') {
      return { flags, argsStart: offsetOf(pos) };
    }
    if (text !== '--' && (blankOk || text.length > 0)) {
      flags.push({ text, start: offsetOf(wordStart), end: wordEnd, equals });
    }
    if (pos >= length) return { flags, argsStart: to };
  }
  return { flags, argsStart: to };
}
