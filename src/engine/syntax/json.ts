/**
 * BuildKit's JSON (exec) form detection: the argument text must start with `[` and be one valid
 * JSON value. An array of strings is the exec form; a valid array with any other element is a
 * hard error; anything else falls back to the shell/words handling.
 */

export interface JsonElement {
  value: string;
  start: number;
  end: number;
}

export type JsonFormResult =
  | { kind: 'strings'; elements: JsonElement[] }
  | { kind: 'non-string' }
  | { kind: 'not-json' };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function parseJsonForm(line: string, from: number, to: number): JsonFormResult {
  if (line.charCodeAt(from) !== 0x5b) return { kind: 'not-json' };
  const source = line.slice(from, to);
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return { kind: 'not-json' };
  }
  if (!Array.isArray(parsed)) return { kind: 'not-json' };
  for (const element of parsed) {
    // Go cannot hold a number outside float64 range and reports a decode error, which falls back.
    if (typeof element === 'number' && !Number.isFinite(element)) return { kind: 'not-json' };
  }
  if (parsed.some((element) => typeof element !== 'string')) return { kind: 'non-string' };
  const elements: JsonElement[] = [];
  let pos = from + 1;
  for (const element of parsed as string[]) {
    while (pos < to && line.charCodeAt(pos) !== 0x22) pos++;
    const start = pos;
    pos++;
    while (pos < to) {
      const code = line.charCodeAt(pos);
      if (code === 0x5c) {
        pos += 2;
        continue;
      }
      pos++;
      if (code === 0x22) break;
    }
    // Go decodes an escaped lone surrogate as U+FFFD.
    elements.push({ value: element.replace(LONE_SURROGATE, '\ufffd'), start, end: pos });
  }
  return { kind: 'strings', elements };
}
