/**
 * BuildKit's `# check=` options (`ParseLintOptions`, conformance/buildkit/notes.md §1):
 * `skip=A,B|all;error=true;experimental=C|all`, split on `;` into at most three parts.
 */

export interface CheckOptions {
  skipAll: boolean;
  skip: string[];
  experimentalAll: boolean;
  experimental: string[];
  error: boolean;
}

/** Go's `strconv.ParseBool` spellings (a Map: `error=constructor` is no boolean). */
const GO_BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...['1', 't', 'T', 'TRUE', 'true', 'True'].map((spelling) => [spelling, true] as const),
  ...['0', 'f', 'F', 'FALSE', 'false', 'False'].map((spelling) => [spelling, false] as const),
]);

export function emptyCheckOptions(): CheckOptions {
  return { skipAll: false, skip: [], experimentalAll: false, experimental: [], error: false };
}

function splitLimit(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  if (parts.length <= limit) return parts;
  return [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

export function parseCheckOptions(input: string): { options: CheckOptions; error: string | null } {
  const options = emptyCheckOptions();
  const text = input.trim();
  if (text === '') return { options, error: null };
  for (const part of splitLimit(text, ';', 3)) {
    const equals = part.indexOf('=');
    if (equals === -1) return { options, error: `invalid check option ${JSON.stringify(part)}` };
    const key = part.slice(0, equals).trim();
    const value = part.slice(equals + 1);
    switch (key) {
      case 'skip':
      case 'experimental': {
        const trimmed = value.trim();
        const all = trimmed === 'all';
        const names = all ? [] : trimmed.split(',').map((name) => name.trim());
        if (key === 'skip') {
          options.skipAll = all;
          options.skip = names;
        } else {
          options.experimentalAll = all;
          options.experimental = names;
        }
        break;
      }
      case 'error': {
        const parsed = GO_BOOLEANS.get(value);
        if (parsed === undefined) {
          return {
            options,
            error: `failed to parse check option "error=${value}": strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`,
          };
        }
        options.error = parsed;
        break;
      }
      default:
        return { options, error: `invalid check option ${JSON.stringify(key)}` };
    }
  }
  return { options, error: null };
}

/** A `check=` option string in an instruction's comment block, or null (first matching line wins). */
export function instructionCheckComment(prevComments: readonly string[]): CheckOptions | null {
  for (const comment of prevComments) {
    const match = /^check[ \t]*=[ \t]*(\S+)/i.exec(comment);
    if (match === null) continue;
    const parsed = parseCheckOptions(match[1] as string);
    return parsed.error === null ? parsed.options : null;
  }
  return null;
}
