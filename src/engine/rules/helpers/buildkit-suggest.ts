/**
 * BuildKit's "did you mean" (`util/suggest.Search`, case-sensitive as on Linux): the candidate at
 * the smallest Levenshtein distance, at most 2, the first one winning a tie; none when the value
 * equals a candidate.
 */

/** Edit distance over code points (Go compares runes), each insertion, deletion or change costing 1. */
export function levenshtein(left: string, right: string): number {
  const a = [...left];
  const b = [...right];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

export function suggest(value: string, candidates: Iterable<string>): string | null {
  let match: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    if (candidate === value) return null;
    const distance = levenshtein(value, candidate);
    if (distance < bestDistance) {
      match = candidate;
      bestDistance = distance;
    }
  }
  return match;
}
