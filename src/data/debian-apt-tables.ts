/**
 * Decodes the packed Debian bookworm data (`debian-bookworm.ts`, format in image-data-types.ts).
 * The per-package tables are decoded at once (a few thousand numbers); closures are decoded per
 * name on first use, since an analysis asks for a handful of the few hundred.
 */
import type { DebianAptTables, PackedClosure, PackedDebianAptData } from './image-data-types.js';
import { unpackAscending, unpackNumbers } from './packed-numbers.js';

export function unpackDebianApt(packed: PackedDebianAptData): DebianAptTables {
  const installedKib = unpackNumbers(packed.installedKib);
  const closurePositions = new Map(packed.closureNames.map((name, position) => [name, position]));
  const withoutRecommends = new ClosureDecoder(packed.closuresWithoutRecommends, null);
  const withRecommends = new ClosureDecoder(packed.closuresWithRecommends, withoutRecommends);
  return {
    installedKib,
    layerFactors: layerFactors(packed, installedKib.length),
    dpkgDbBytesPerPackage: packed.dpkgDbBytesPerPackage,
    aptListsBytes: packed.aptListsBytes,
    baseSet: new Set(packed.baseSet),
    closure(name, recommends) {
      const position = closurePositions.get(name);
      if (position === undefined) return undefined;
      return (recommends ? withRecommends : withoutRecommends).closureAt(position);
    },
  };
}

function layerFactors(packed: PackedDebianAptData, packageCount: number): DebianAptTables['layerFactors'] {
  const full = new Array<number>(packageCount).fill(packed.defaultFactor.full);
  const slim = new Array<number>(packageCount).fill(packed.defaultFactor.slim);
  for (const index of unpackAscending(packed.defaultPythonFactorPackages)) {
    full[index] = packed.defaultPythonFactor.full;
    slim[index] = packed.defaultPythonFactor.slim;
  }
  const measuredFull = unpackNumbers(packed.measuredFullFactors);
  const measuredSlim = unpackNumbers(packed.measuredSlimFactors);
  unpackAscending(packed.measuredFactorPackages).forEach((index, position) => {
    // A division, not a multiplication by 1/scale: an integer over a power of ten rounds to the
    // same double as the decimal the source wrote, so the byte estimates do not move.
    full[index] = (measuredFull[position] as number) / packed.measuredFactorScale;
    slim[index] = (measuredSlim[position] as number) / packed.measuredFactorScale;
  });
  return { full, slim };
}

/** One list of `PackedClosure`s, decoded on demand and kept. */
class ClosureDecoder {
  private readonly decoded: (readonly number[] | undefined)[];

  /** `implied`: the list whose entry at the same position every closure here contains (Recommends on top of the bare closure). */
  constructor(
    private readonly packed: readonly PackedClosure[],
    private readonly implied: ClosureDecoder | null,
  ) {
    this.decoded = new Array<readonly number[] | undefined>(packed.length);
  }

  closureAt(position: number): readonly number[] {
    const known = this.decoded[position];
    if (known !== undefined) return known;
    // References point only at smaller closures (the generator checks that every closure decodes
    // to its source), so the recursion below ends; the placeholder keeps it finite regardless.
    this.decoded[position] = [];
    const [references = '', members = ''] = (this.packed[position] ?? '').split('.');
    const union = new Set(unpackAscending(members));
    const add = (closure: readonly number[]) => {
      for (const index of closure) union.add(index);
    };
    if (this.implied !== null) add(this.implied.closureAt(position));
    for (const reference of unpackAscending(references)) add(this.closureAt(reference));
    const closure = [...union].sort((a, b) => a - b);
    this.decoded[position] = closure;
    return closure;
  }
}
