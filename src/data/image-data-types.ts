/**
 * Shapes of the generated size and tool data (`base-images.ts`, `base-image-tools.ts`,
 * `debian-bookworm.ts`). Those modules are written by `test/data-gen/generate-data.ts` from
 * `../shared/data`; this file is hand-written so the engine can type against it.
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
 * Debian 12 apt closures on `debian:bookworm-slim`. Package names are stored once in
 * `packageNames`; every other table refers to them by index to keep the bundle small.
 */
export interface DebianAptData {
  /** Sorted names of every package that appears in any closure. */
  packageNames: readonly string[];
  /** dpkg `Installed-Size` in KiB, parallel to `packageNames`. */
  installedKib: readonly number[];
  /** Measured Installed-Size → layer-bytes multipliers: [package index, on a full image, on a slim image]. */
  measuredFactors: readonly (readonly [number, number, number])[];
  defaultFactor: { full: number; slim: number };
  /** Applies to `python3-*`, `libpython3*` and `python3.*` without a measured factor (install-time `.pyc`). */
  defaultPythonFactor: { full: number; slim: number };
  dpkgDbBytesPerPackage: number;
  /** `/var/lib/apt/lists` after `apt-get update`, left in the layer unless the same RUN removes it. */
  aptListsBytes: number;
  /** Packages `debian:bookworm-slim` already has; installing one adds nothing. */
  baseSet: readonly string[];
  /**
   * Per name as typed after `apt-get install`: [indices added with --no-install-recommends
   * (the package itself included), extra indices added when Recommends are followed].
   * The base set is already subtracted.
   */
  closures: Readonly<Record<string, readonly [readonly number[], readonly number[]]>>;
}
