import { trimmedEnd, trimmedStart } from './chars.js';
import type { Dockerfile, Instruction } from './types.js';

/** Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** Go's `strconv.Quote`. A lone surrogate (impossible in Go's UTF-8 strings) prints as U+FFFD. */
export function goQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += '\\\\';
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code in SHORT_ESCAPES) out += SHORT_ESCAPES[code];
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else if (PRINTABLE.test(char)) out += char;
    else if (code > 0xffff) out += `\\U${hex(code, 8)}`;
    else out += `\\u${hex(code, 4)}`;
  }
  return `${out}"`;
}

function trimGoSpace(text: string): string {
  const start = trimmedStart(text, 0, text.length);
  return text.slice(start, trimmedEnd(text, start, text.length));
}

function dumpInstruction(instruction: Instruction): string {
  let out = instruction.keyword.toLowerCase();
  if (instruction.flags.length > 0) out += ` [${instruction.flags.map((flag) => goQuote(flag.text)).join(' ')}]`;
  if (instruction.details.kind === 'ONBUILD' && instruction.details.trigger !== null) {
    out += ` ${trimGoSpace(`(${dumpInstruction(instruction.details.trigger)})\n`)}`;
  } else {
    for (const value of instruction.buildkitArgs) out += ` ${goQuote(value)}`;
  }
  return trimGoSpace(out);
}

/** BuildKit's `Node.Dump()` of the whole file plus the final newline its parser tests compare. */
export function dumpBuildkit(dockerfile: Dockerfile): string {
  let out = '';
  for (const instruction of dockerfile.instructions) out += `(${dumpInstruction(instruction)})\n`;
  return `${trimGoSpace(out)}\n`;
}
