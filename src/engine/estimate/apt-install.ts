/**
 * What `apt-get install` adds to a layer on Debian 12 (bookworm), from the bundled closures in
 * `src/data/debian-bookworm.ts`. The method is the one ../shared/data/debian-bookworm/NOTES.md
 * prescribes ("How a consumer should use it"):
 *
 * 1. Names are taken as typed, minus `=version`, `/release` and `:arch`. Each maps to its
 *    precomputed closure on a `debian:bookworm-slim` base; names outside bookworm main (Ubuntu-only,
 *    third-party repositories, virtual names with several providers) are reported as unknown.
 * 2. Added packages = the union of the closures without Recommends, plus the Recommends extras
 *    when apt follows them (it does unless `--no-install-recommends`), minus what earlier layers
 *    installed. A union, not a sum: shared dependencies count once.
 * 3. Layer bytes = Σ Installed-Size (KiB) × 1024 × factor + 28,968 B of dpkg database per package,
 *    + the apt lists (19.9 MB) when the same RUN does not remove /var/lib/apt/lists. The factor is
 *    the package's measured ratio of real layer bytes to Installed-Size, else 1.607/1.677 for
 *    Python packages (byte-code compiled at install time), else 0.911/0.98; the first of each pair
 *    applies on slim images, whose dpkg config keeps docs, man pages and locales out of every install.
 *
 * The result is uncompressed layer bytes; the pull size is roughly a half to a third of it.
 * The closures matched apt's own resolver on 385/385 installs; bytes are within about ±7 % of
 * real layers. Ubuntu and Debian 13 differ: treat the numbers as a ±30 % proxy there.
 */
import { unpackDebianApt } from '../../data/debian-apt-tables.js';
import { debianBookwormApt } from '../../data/debian-bookworm.js';
import type { DebianAptTables } from '../../data/image-data-types.js';

/**
 * `slim`: debian:*-slim and images built on it (python:*-slim, node:*-slim, …).
 * `full`: debian:bookworm and other images that keep docs and locales.
 */
export type AptBaseFlavour = 'slim' | 'full';

/**
 * A package of the bundled Debian bookworm data, by number. Only for handing an estimate's
 * `added` back as a later estimate's `alreadyInstalled`: the package names are not bundled.
 */
export type AptPackageId = number;

export interface AptInstallOptions {
  /** Whether apt follows Recommends, i.e. the command lacks `--no-install-recommends`. */
  recommends: boolean;
  /** Default `slim`. */
  base?: AptBaseFlavour;
  /** The same RUN leaves `/var/lib/apt/lists` behind (no `rm -rf /var/lib/apt/lists/*`). Default false. */
  keepsAptLists?: boolean;
  /** Packages earlier layers installed: pass the previous estimates' `added` to keep a running set. */
  alreadyInstalled?: Iterable<AptPackageId>;
}

export interface AptInstallEstimate {
  /** Packages new to the image, on top of debian:bookworm-slim and `alreadyInstalled`. */
  packages: number;
  /** Estimated uncompressed layer bytes. */
  bytes: number;
  /** Requested names the data does not know; they add nothing to the figures. */
  unknown: string[];
  /** The new packages, ascending. */
  added: AptPackageId[];
}

let decodedTables: DebianAptTables | null = null;

/** Decoded on the first estimate rather than on import (about a millisecond; closures are decoded per name as asked). */
function tables(): DebianAptTables {
  decodedTables ??= unpackDebianApt(debianBookwormApt);
  return decodedTables;
}

export function aptInstallEstimate(packages: readonly string[], options: AptInstallOptions): AptInstallEstimate {
  const data = tables();
  const factors = data.layerFactors[options.base ?? 'slim'];
  const alreadyInstalled = new Set(options.alreadyInstalled ?? []);
  const addedIndices = new Set<number>();
  const unknown = new Set<string>();

  for (const typed of packages) {
    const name = stripQualifiers(typed);
    const closure = data.closure(name, options.recommends);
    if (closure !== undefined) {
      for (const index of closure) addedIndices.add(index);
    } else if (!data.baseSet.has(name)) {
      unknown.add(typed);
    }
  }

  const added: AptPackageId[] = [];
  let bytes = options.keepsAptLists ? data.aptListsBytes : 0;
  for (const index of [...addedIndices].sort((a, b) => a - b)) {
    if (alreadyInstalled.has(index)) continue;
    added.push(index);
    bytes += (data.installedKib[index] as number) * 1024 * (factors[index] as number) + data.dpkgDbBytesPerPackage;
  }
  return { packages: added.length, bytes: Math.round(bytes), unknown: [...unknown], added };
}

export interface RecommendsSaving {
  /** Packages that `--no-install-recommends` keeps out. */
  packages: number;
  bytes: number;
  unknown: string[];
}

/** What adding `--no-install-recommends` to `apt-get install <packages>` saves. */
export function recommendsSaving(
  packages: readonly string[],
  options: Omit<AptInstallOptions, 'recommends'> = {},
): RecommendsSaving {
  const withRecommends = aptInstallEstimate(packages, { ...options, recommends: true });
  const withoutRecommends = aptInstallEstimate(packages, { ...options, recommends: false });
  return {
    packages: withRecommends.packages - withoutRecommends.packages,
    bytes: withRecommends.bytes - withoutRecommends.bytes,
    unknown: withRecommends.unknown,
  };
}

/** `python3=3.11.2-1`, `curl/bookworm-backports`, `libc6:amd64` → the bare package name. */
function stripQualifiers(typed: string): string {
  return typed.replace(/[=/].*$/, '').replace(/:[^:]*$/, '');
}
