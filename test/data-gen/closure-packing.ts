/**
 * Writes apt closures as `PackedClosure`s (src/data/image-data-types.ts): each closure names the
 * smaller closures it contains and lists only the packages they leave out. `python3-pip`'s closure,
 * for instance, is `python3`'s and a few others' plus a handful of packages, instead of 30 numbers.
 */
import { packAscending } from '../../src/data/packed-numbers.js';

/**
 * A reference costs a character or two, about what one listed package costs, so a closure is
 * referenced only when it covers at least this many packages not covered yet.
 */
const MIN_PACKAGES_PER_REFERENCE = 2;

/**
 * `closures[i]` as a `PackedClosure` referring to other entries of `closures`. With `implied`,
 * `closures[i]` is known to contain `implied[i]` (the decoder adds it), so those packages are
 * neither listed nor worth a reference.
 */
export function packClosures(
  closures: readonly (readonly number[])[],
  implied: readonly (readonly number[])[] | null,
): string[] {
  const sets = closures.map((closure) => new Set(closure));
  // Only a strictly smaller closure in this order may be referenced, which rules out cycles
  // (equal closures refer to the earlier one).
  const precedes = (a: number, b: number) =>
    (sets[a] as Set<number>).size < (sets[b] as Set<number>).size ||
    ((sets[a] as Set<number>).size === (sets[b] as Set<number>).size && a < b);

  return closures.map((closure, position) => {
    const target = sets[position] as Set<number>;
    const covered = new Set(implied?.[position] ?? []);
    let candidates = closures
      .map((_, other) => other)
      .filter(
        (other) =>
          other !== position &&
          precedes(other, position) &&
          (sets[other] as Set<number>).size > 0 &&
          [...(sets[other] as Set<number>)].every((index) => target.has(index)),
      );
    const references: number[] = [];
    for (;;) {
      let best = -1;
      let bestGain = 0;
      for (const candidate of candidates) {
        let gain = 0;
        for (const index of sets[candidate] as Set<number>) if (!covered.has(index)) gain++;
        if (gain > bestGain) {
          best = candidate;
          bestGain = gain;
        }
      }
      if (best < 0 || bestGain < MIN_PACKAGES_PER_REFERENCE) break;
      references.push(best);
      for (const index of sets[best] as Set<number>) covered.add(index);
      candidates = candidates.filter((candidate) => candidate !== best);
    }
    const members = closure.filter((index) => !covered.has(index));
    return `${packAscending(references.sort((a, b) => a - b))}.${packAscending(members)}`;
  });
}
