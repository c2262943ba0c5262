/**
 * Shapes of the generated size and tool data (`base-images.ts`, `base-image-tools.ts`,
 * `debian-bookworm.ts`) and of what the engine decodes them into. Those modules are written by
 * `test/data-gen/generate-data.ts` from `../shared/data`; this file is hand-written so the engine
 * can type against it.
 */

/** Lowest confidence level the source states for the figure (e.g. "low-medium" counts as low). */
export type ConfidenceLevel = 'high' | 'medium' | 'low';

export interface BaseImageSizeRow {
  /** Familiar image name as Docker prints it: `python`, `gcr.io/distroless/static-debian12`, `scratch`. */
  image: string;
  /** The tag repo-info filed the figures under (empty for `scratch`, which takes no tag). */
  tag: string;
  /** Floating aliases and fully pinned tags that named the same image at the snapshot. */
  otherTags: readonly string[];
  /** Pull (transfer) size: the sum of the compressed layer blobs, linux/amd64 unless the source says otherwise. */
  compressedBytes: number;
  /** True when no measured compressed figure exists and `compressedBytes` is the source's own estimate. */
  compressedIsEstimate: boolean;
  /** Unpacked size where a source gives one (1000-based, rounded as published). */
  uncompressedBytes: number | null;
  confidence: ConfidenceLevel;
  /** The source's own confidence wording when it says more than the bare level. */
  confidenceNote: string | null;
  os: string | null;
  source: string;
  date: string | null;
  /** The newest layer is a year or more older than the rest of the table: a historical figure. */
  stale: boolean;
}

/**
 * A `BaseImageSizeRow` as `base-images.ts` stores it, decoded by `unpackBaseImageSizeRow` in
 * `base-image-size-rows.ts`. Positional, so the field names are not repeated on every row.
 */
export type PackedBaseImageSizeRow = readonly [
  image: string,
  tag: string,
  /** `otherTags` joined with spaces (tags cannot contain one). */
  otherTags: string,
  compressedBytes: number,
  compressedIsEstimate: boolean,
  uncompressedBytes: number | null,
  confidence: ConfidenceLevel,
  confidenceNote: string | null,
  os: string | null,
  /**
   * `@<commit>` for the usual `docker-library/repo-info@<commit>:repos/<image>/remote/<tag>.md` of
   * the row's own image and tag; any other source is written out.
   */
  source: string,
  date: string | null,
  stale: boolean,
];

/**
 * A tool as the inventory records it: `true`/`false` when shown by a package list or build
 * recipe, a provider name (`"busybox"`, `"gnu"`, `"shadow"`, `"curl-minimal"`, …) when present and the
 * implementation matters, `null` when unknown.
 */
export type RecordedTool = boolean | string | null;

export type ToolName =
  | 'curl'
  | 'wget'
  | 'bash'
  | 'caCertificates'
  | 'git'
  | 'gcc'
  | 'make'
  | 'python3'
  | 'useradd'
  | 'tar'
  | 'gzip'
  | 'unzip'
  | 'ps';

export type ShellKind = 'dash' | 'busybox' | 'bash';

export interface ImageUser {
  uid: number;
  /** `null` when the source gives no name, or (scratch) there is no /etc/passwd to hold one. */
  name: string | null;
}

export interface BaseImageToolsRow {
  /** The inventory's own description of the tags the row covers, e.g. `python:*-slim* (slim-trixie, slim-bookworm)`. */
  pattern: string;
  /** Regular expression source matched against the whole familiar image name. */
  namePattern: string;
  /** Regular expression source matched against the whole tag; `null` means every tag, and digest-only references too. */
  tagPattern: string | null;
  /** Whether `/bin/sh` exists, which Docker's shell form (`/bin/sh -c`) needs. */
  binSh: boolean | null;
  shell: ShellKind | null;
  shellPath: string | null;
  tools: Readonly<Record<ToolName, RecordedTool>>;
  /** `apt`, `apk`, `dnf`, `microdnf`; `false` when verified absent, `null` when unknown. */
  packageManager: string | false | null;
  defaultUser: ImageUser;
  /** Tags that switch the default user, e.g. distroless `:nonroot` runs as 65532. */
  tagUsers: readonly { tagPattern: string; user: ImageUser }[];
  evidence: string;
  sources: readonly string[];
}

/**
 * Debian 12 apt closures on `debian:bookworm-slim`, as `debian-bookworm.ts` stores them: packed
 * text (see `packed-numbers.ts`), decoded by `unpackDebianApt` in `debian-apt-tables.ts`.
 *
 * Packages are numbered by name in code-unit order; the names themselves are not bundled, since
 * only the requested names (`closureNames`) and the base set are ever compared with user input.
 */
export interface PackedDebianAptData {
  /** dpkg `Installed-Size` in KiB of every package, by package number (`packNumbers`). */
  installedKib: string;
  /** Packages with a measured Installed-Size → layer-bytes multiplier (`packAscending`). */
  measuredFactorPackages: string;
  /** Their multipliers on a full image, times `measuredFactorScale` (`packNumbers`). */
  measuredFullFactors: string;
  /** Their multipliers on a slim image, times `measuredFactorScale` (`packNumbers`). */
  measuredSlimFactors: string;
  /** A power of ten: dividing by it gives back exactly the double the source's decimal names. */
  measuredFactorScale: number;
  defaultFactor: { full: number; slim: number };
  /**
   * Packages that take `defaultPythonFactor` (`packAscending`): `python3-*`, `libpython3*` and
   * `python3.*` without a measured factor, whose layers hold `.pyc` files compiled at install time.
   */
  defaultPythonFactorPackages: string;
  defaultPythonFactor: { full: number; slim: number };
  dpkgDbBytesPerPackage: number;
  /** `/var/lib/apt/lists` after `apt-get update`, left in the layer unless the same RUN removes it. */
  aptListsBytes: number;
  /** Packages `debian:bookworm-slim` already has; installing one adds nothing. */
  baseSet: readonly string[];
  /** Names as typed after `apt-get install` that have a closure, sorted; the closure lists below are parallel to it. */
  closureNames: readonly string[];
  /**
   * The packages `apt-get install --no-install-recommends <name>` adds (the package itself
   * included, the base set subtracted), as a `PackedClosure` whose references name other
   * entries of this list.
   */
  closuresWithoutRecommends: readonly PackedClosure[];
  /**
   * The packages `apt-get install <name>` adds when Recommends are followed, as a
   * `PackedClosure` whose references name other entries of this list; the name's own
   * `closuresWithoutRecommends` entry is always part of it and is not repeated.
   */
  closuresWithRecommends: readonly PackedClosure[];
}

/**
 * `<references>.<members>`, both `packAscending` lists: the closure is the union of the closures
 * of the referenced names (positions in `closureNames`) and the listed package numbers. Most
 * closures contain the closures of their dependencies, so most members need not be listed again.
 * References always point at smaller closures, so decoding one never comes back to itself.
 */
export type PackedClosure = string;

/** What the estimate reads, decoded from `PackedDebianAptData`. Package numbers index the arrays. */
export interface DebianAptTables {
  installedKib: readonly number[];
  /** Installed-Size → layer-bytes multiplier of every package: measured, else the Python or general default. */
  layerFactors: { full: readonly number[]; slim: readonly number[] };
  dpkgDbBytesPerPackage: number;
  aptListsBytes: number;
  baseSet: ReadonlySet<string>;
  /**
   * Package numbers apt adds for `name` as typed, ascending, the base set already subtracted;
   * `undefined` when the data has no closure for the name. Decoded on first use per name.
   */
  closure(name: string, recommends: boolean): readonly number[] | undefined;
}
