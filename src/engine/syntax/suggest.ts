/**
 * BuildKit's "did you mean" suggestions (util/suggest): the option at Levenshtein distance below
 * 3 closest to the value; an exact match means there is nothing to suggest. Case-insensitive
 * searches answer in the case the value was written in (all lower, all upper, or as listed).
 * Go iterates a map to build some option lists, so BuildKit breaks ties at random; we take the
 * first closest option in the order given.
 */

export function levenshtein(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] as number) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length] as number;
}

function matchCase(option: string, original: string): string {
  if (original === original.toLowerCase()) return option.toLowerCase();
  if (original === original.toUpperCase()) return option.toUpperCase();
  return option;
}

export function suggest(value: string, options: readonly string[], caseSensitive: boolean): string | null {
  const wanted = caseSensitive ? value : value.toLowerCase();
  let match: string | null = null;
  let best = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === wanted) return null;
    const distance = levenshtein(wanted, candidate);
    if (distance < best) {
      match = caseSensitive ? candidate : matchCase(candidate, value);
      best = distance;
    }
  }
  return match;
}

/** `message (did you mean X?)` when there is a suggestion, else the message. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const match = suggest(value, options, caseSensitive);
  return match === null ? message : `${message} (did you mean ${match}?)`;
}
