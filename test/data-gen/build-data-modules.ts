/**
 * Turns the reference data in ../shared/data into the compact TypeScript modules under src/data
 * that the browser bundle ships. Pure apart from reading the source files, so the freshness test
 * can rebuild everything in memory and compare it with what is committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type {
  BaseImageSizeRow,
  BaseImageToolsRow,
  ConfidenceLevel,
  ImageUser,
  PackedBaseImageSizeRow,
  PackedDebianAptData,
  RecordedTool,
  ShellKind,
  ToolName,
} from '../../src/data/image-data-types.js';
import { repoInfoSource, unpackBaseImageSizeRow } from '../../src/data/base-image-size-rows.js';
import { unpackDebianApt } from '../../src/data/debian-apt-tables.js';
import { packAscending, packNumbers } from '../../src/data/packed-numbers.js';
import { toolRowMatchers } from './base-image-tool-patterns.js';
import { packClosures } from './closure-packing.js';

export interface GeneratedModule {
  /** Path relative to the repository root. */
  path: string;
  content: string;
}

const GENERATOR = 'test/data-gen/generate-data.ts';

export function buildDataModules(sharedDataDir: string): GeneratedModule[] {
  const read = (relativePath: string): unknown =>
    JSON.parse(readFileSync(join(sharedDataDir, relativePath), 'utf8'));
  return [
    buildBaseImagesModule(read('base-images.json') as SourceSizeRow[]),
    buildBaseImageToolsModule(read('base-image-tools/base-image-tools.json') as SourceToolsRow[]),
    buildDebianModule({
      packages: read('debian-bookworm/packages.json') as SourceDebianPackages,
      closures: read('debian-bookworm/closures.json') as SourceDebianClosures,
      sizes: read('debian-bookworm/sizes.json') as Record<string, number>,
      factors: read('debian-bookworm/size-factors.json') as SourceSizeFactors,
    }),
  ];
}

// ---- base-images.json ----------------------------------------------------------------------

interface SourceSizeRow {
  image: string;
  tag: string;
  aliases: string[];
  library_pinned_tags?: string[];
  compressed_bytes: number | null;
  estimated_compressed_bytes?: number;
  uncompressed_bytes: number | null;
  confidence: string;
  os: string | null;
  source: string;
  source_type: string;
  date: string | null;
  notes?: string[];
}

function buildBaseImagesModule(sourceRows: SourceSizeRow[]): GeneratedModule {
  const rows = sourceRows.map((row): BaseImageSizeRow => {
    const compressedBytes = row.compressed_bytes ?? row.estimated_compressed_bytes;
    if (compressedBytes === undefined || compressedBytes === null) {
      throw new Error(`base-images.json: ${row.image}:${row.tag} has no compressed figure`);
    }
    const confidence = lowestConfidence(row.confidence, `${row.image}:${row.tag}`);
    return {
      image: row.image,
      tag: row.tag,
      otherTags: [...new Set([...row.aliases, ...(row.library_pinned_tags ?? [])])].filter((tag) => tag !== row.tag),
      compressedBytes,
      compressedIsEstimate: row.compressed_bytes === null,
      uncompressedBytes: row.uncompressed_bytes,
      confidence,
      confidenceNote: row.confidence === confidence ? null : row.confidence,
      os: row.os,
      source: row.source,
      date: row.date,
      stale: (row.notes ?? []).some((note) => note.startsWith('STALE')),
    };
  });
  assertUniqueTags(rows);
  const packedRows = rows.map(packBaseImageSizeRow);
  packedRows.forEach((packed, position) => {
    if (!isDeepStrictEqual(unpackBaseImageSizeRow(packed), rows[position])) {
      throw new Error(`base-images.json: ${packed[0]}:${packed[1]} does not decode to itself`);
    }
  });
  const measured = sourceRows.filter((row) => row.source_type === 'repo-info').length;
  const secondary = sourceRows.length - measured;
  return {
    path: 'src/data/base-images.ts',
    content: [
      header('base-images.json', [
        `${measured} rows of docker-library/repo-info "Total Size" (sum of compressed layer blobs, linux/amd64; some rows`,
        'derived from a child image\'s layer prefix) and uncompressed "Virtual Size" where published, plus',
        `${secondary} hand-curated secondary rows (scratch, distroless, Chainguard) whose figures are third-party or estimated.`,
        'Each row keeps its own source, date and confidence. Method and caveats: ../shared/data/NOTES.md.',
        '',
        'Each row is a PackedBaseImageSizeRow (src/data/image-data-types.ts): the same fields, in order.',
      ]),
      "import type { PackedBaseImageSizeRow } from './image-data-types.js';",
      '',
      'export const packedBaseImageSizeRows: readonly PackedBaseImageSizeRow[] = [',
      ...packedRows.map((row) => `  ${JSON.stringify(row)},`),
      '];',
      '',
    ].join('\n'),
  };
}

function packBaseImageSizeRow(row: BaseImageSizeRow): PackedBaseImageSizeRow {
  const name = `${row.image}:${row.tag}`;
  if (row.otherTags.some((tag) => tag === '' || tag.includes(' '))) {
    throw new Error(`base-images.json: ${name} has an empty tag or one with a space: ${row.otherTags.join(', ')}`);
  }
  if (row.source.startsWith('@')) throw new Error(`base-images.json: ${name}'s source starts with the commit marker @`);
  const commit = /^docker-library\/repo-info@([0-9a-f]+):/.exec(row.source)?.[1];
  const source = commit !== undefined && row.source === repoInfoSource(row.image, row.tag, commit) ? `@${commit}` : row.source;
  return [
    row.image,
    row.tag,
    row.otherTags.join(' '),
    row.compressedBytes,
    row.compressedIsEstimate,
    row.uncompressedBytes,
    row.confidence,
    row.confidenceNote,
    row.os,
    source,
    row.date,
    row.stale,
  ];
}

/** Several sources qualify their confidence ("medium (uncompressed), low (compressed)"); keep the weakest. */
function lowestConfidence(statement: string, rowName: string): ConfidenceLevel {
  const levels: string[] = statement.toLowerCase().match(/\b(?:high|medium|low)\b/g) ?? [];
  for (const level of ['low', 'medium', 'high'] as const) {
    if (levels.includes(level)) return level;
  }
  throw new Error(`base-images.json: ${rowName} has no recognisable confidence: ${statement}`);
}

function assertUniqueTags(rows: BaseImageSizeRow[]): void {
  const seen = new Map<string, string>();
  for (const row of rows) {
    for (const tag of [row.tag, ...row.otherTags]) {
      const key = `${row.image}:${tag}`;
      const owner = seen.get(key);
      if (owner !== undefined && owner !== row.tag) {
        throw new Error(`base-images.json: ${key} names both ${owner} and ${row.tag}`);
      }
      seen.set(key, row.tag);
    }
  }
}

// ---- base-image-tools.json -----------------------------------------------------------------

interface SourceToolsRow {
  tag_pattern: string;
  shell: string | null;
  tools: Record<string, RecordedTool>;
  default_user: string;
  evidence_level: string;
  sources: string[];
}

const SOURCE_TOOL_KEYS: Readonly<Record<string, ToolName>> = {
  curl: 'curl',
  wget: 'wget',
  bash: 'bash',
  ca_certificates: 'caCertificates',
  git: 'git',
  gcc: 'gcc',
  make: 'make',
  python3: 'python3',
  useradd: 'useradd',
  tar: 'tar',
  gzip: 'gzip',
  unzip: 'unzip',
  ps: 'ps',
};

const ROOT: ImageUser = { uid: 0, name: 'root' };
/** distroless' NONROOT uid (static.bzl); the data gives the uid, not the account name. */
const DISTROLESS_NONROOT: ImageUser = { uid: 65532, name: null };

/** Every `default_user` wording in the data, read into the uid/name it states. */
const DEFAULT_USERS: Readonly<Record<string, Pick<BaseImageToolsRow, 'defaultUser' | 'tagUsers'>>> = {
  root: { defaultUser: ROOT, tagUsers: [] },
  'root (0); 65532 for :nonroot': {
    defaultUser: ROOT,
    tagUsers: [{ tagPattern: 'nonroot(?:-.+)?', user: DISTROLESS_NONROOT }],
  },
  'root (0); 65532 for :debug-nonroot': {
    defaultUser: ROOT,
    tagUsers: [{ tagPattern: 'debug-nonroot(?:-.+)?', user: DISTROLESS_NONROOT }],
  },
  'root (0); no /etc/passwd': { defaultUser: { uid: 0, name: null }, tagUsers: [] },
  '65532 (nonroot)': { defaultUser: { uid: 65532, name: 'nonroot' }, tagUsers: [] },
  '65532 (user `node`)': { defaultUser: { uid: 65532, name: 'node' }, tagUsers: [] },
};

const SHELL_KINDS: readonly ShellKind[] = ['dash', 'busybox', 'bash'];

function buildBaseImageToolsModule(sourceRows: SourceToolsRow[]): GeneratedModule {
  const rows = sourceRows.map((row): BaseImageToolsRow => {
    const matcher = toolRowMatchers[row.tag_pattern];
    if (matcher === undefined) {
      throw new Error(`base-image-tools.json: no matcher for "${row.tag_pattern}" in base-image-tool-patterns.ts`);
    }
    const users = DEFAULT_USERS[row.default_user];
    if (users === undefined) throw new Error(`base-image-tools.json: unknown default_user "${row.default_user}"`);
    const shell = row.shell;
    if (shell !== null && !SHELL_KINDS.includes(shell as ShellKind)) {
      throw new Error(`base-image-tools.json: unknown shell "${shell}"`);
    }
    const shellPath = shell === null ? null : (matcher.shellPath ?? '/bin/sh');
    return {
      pattern: row.tag_pattern,
      namePattern: matcher.namePattern,
      tagPattern: matcher.tagPattern,
      binSh: shellPath === null ? (matcher.noShell ? false : null) : shellPath === '/bin/sh',
      shell: shell as ShellKind | null,
      shellPath,
      tools: renameTools(row),
      packageManager: packageManagerOf(row),
      ...users,
      evidence: row.evidence_level,
      sources: row.sources,
    };
  });
  const unusedMatchers = Object.keys(toolRowMatchers).filter(
    (pattern) => !sourceRows.some((row) => row.tag_pattern === pattern),
  );
  if (unusedMatchers.length > 0) {
    throw new Error(`base-image-tool-patterns.ts has matchers for rows the data no longer has: ${unusedMatchers.join(', ')}`);
  }
  return {
    path: 'src/data/base-image-tools.ts',
    content: [
      header('base-image-tools/base-image-tools.json', [
        `${rows.length} rows: which shell and tools common base images ship, from docker-library/repo-info package lists,`,
        'official Dockerfiles, distroless build configs and Chainguard apko locks; null = unknown (never warn on it).',
        'namePattern/tagPattern are hand-written from each row\'s tag_pattern in test/data-gen/base-image-tool-patterns.ts.',
        'Method and caveats: ../shared/data/base-image-tools/NOTES.md.',
      ]),
      "import type { BaseImageToolsRow } from './image-data-types.js';",
      '',
      'export const baseImageToolsRows: readonly BaseImageToolsRow[] = [',
      ...rows.map((row) => `  ${JSON.stringify(row)},`),
      '];',
      '',
    ].join('\n'),
  };
}

function packageManagerOf(row: SourceToolsRow): string | false | null {
  const value = row.tools.package_manager;
  if (value === undefined || value === true) {
    throw new Error(`base-image-tools.json: "${row.tag_pattern}" does not name its package manager`);
  }
  return value;
}

function renameTools(row: SourceToolsRow): Record<ToolName, RecordedTool> {
  const sourceKeys = Object.keys(row.tools).filter((key) => key !== 'package_manager');
  const expectedKeys = Object.keys(SOURCE_TOOL_KEYS);
  if (sourceKeys.length !== expectedKeys.length || !expectedKeys.every((key) => key in row.tools)) {
    throw new Error(`base-image-tools.json: "${row.tag_pattern}" has tools ${sourceKeys.join(', ')}`);
  }
  return Object.fromEntries(
    Object.entries(SOURCE_TOOL_KEYS).map(([sourceKey, name]) => [name, row.tools[sourceKey] ?? null]),
  ) as Record<ToolName, RecordedTool>;
}

// ---- debian-bookworm/*.json ----------------------------------------------------------------

interface SourceDebianPackages {
  source: string;
  date: string;
  arch: string;
  base_set: { names: string[] };
  layer_size_model: { apt_lists_bytes: number; dpkg_db_bytes_per_package: number };
}

interface SourceDebianClosures {
  closures: Record<string, { n: string[]; r: string[] }>;
}

interface SourceSizeFactors {
  default: [number, number];
  default_python: [number, number];
  dpkg_db_bytes_per_package: number;
  factors: Record<string, [number, number]>;
  measured_packages: number;
}

function buildDebianModule(source: {
  packages: SourceDebianPackages;
  closures: SourceDebianClosures;
  sizes: Record<string, number>;
  factors: SourceSizeFactors;
}): GeneratedModule {
  const { packages, closures, sizes, factors } = source;
  if (packages.layer_size_model.dpkg_db_bytes_per_package !== factors.dpkg_db_bytes_per_package) {
    throw new Error('debian-bookworm: packages.json and size-factors.json disagree on dpkg_db_bytes_per_package');
  }
  // Package numbers are positions in this order; the estimate adds bytes in it, so keep it stable.
  const packageNames = Object.keys(sizes).sort(compareCodeUnits);
  const indexOf = new Map(packageNames.map((name, index) => [name, index]));
  const toIndices = (names: string[], requested: string): number[] =>
    names
      .map((name) => {
        const index = indexOf.get(name);
        if (index === undefined) throw new Error(`debian-bookworm: ${name} (closure of ${requested}) has no size`);
        return index;
      })
      .sort((a, b) => a - b);

  const measured = Object.entries(factors.factors)
    .filter(([name]) => indexOf.has(name))
    .map(([name, [full, slim]]) => ({ index: indexOf.get(name) as number, full, slim }))
    .sort((a, b) => a.index - b.index);
  const measuredIndices = new Set(measured.map(({ index }) => index));
  const factorScale = decimalScale(measured.flatMap(({ full, slim }) => [full, slim]));
  const scaled = (factor: number) => Math.round(factor * factorScale);
  const defaultPythonFactorPackages = packageNames
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => isPythonPackage(name) && !measuredIndices.has(index))
    .map(({ index }) => index);

  const closureNames = Object.keys(closures.closures).sort(compareCodeUnits);
  const withoutRecommends = closureNames.map((requested) => toIndices(closureOf(closures, requested).n, requested));
  const withRecommends = closureNames.map((requested, position) =>
    [...new Set([...(withoutRecommends[position] as number[]), ...toIndices(closureOf(closures, requested).r, requested)])].sort(
      (a, b) => a - b,
    ),
  );

  const data: PackedDebianAptData = {
    defaultFactor: { full: factors.default[0], slim: factors.default[1] },
    defaultPythonFactor: { full: factors.default_python[0], slim: factors.default_python[1] },
    dpkgDbBytesPerPackage: factors.dpkg_db_bytes_per_package,
    aptListsBytes: packages.layer_size_model.apt_lists_bytes,
    measuredFactorScale: factorScale,
    installedKib: packNumbers(packageNames.map((name) => sizes[name] as number)),
    measuredFactorPackages: packAscending(measured.map(({ index }) => index)),
    measuredFullFactors: packNumbers(measured.map(({ full }) => scaled(full))),
    measuredSlimFactors: packNumbers(measured.map(({ slim }) => scaled(slim))),
    defaultPythonFactorPackages: packAscending(defaultPythonFactorPackages),
    baseSet: [...packages.base_set.names].sort(compareCodeUnits),
    closureNames,
    closuresWithoutRecommends: packClosures(withoutRecommends, null),
    closuresWithRecommends: packClosures(withRecommends, withoutRecommends),
  };

  // The engine trusts the packed text, so decode it here exactly as the engine will and compare.
  const tables = unpackDebianApt(data);
  if (tables.installedKib.length !== packageNames.length) throw new Error('debian-bookworm: installedKib does not decode');
  packageNames.forEach((name, index) => {
    const measuredFactor = Object.hasOwn(factors.factors, name) ? factors.factors[name] : undefined;
    const factor = measuredFactor ?? (isPythonPackage(name) ? factors.default_python : factors.default);
    if (
      tables.installedKib[index] !== sizes[name] ||
      tables.layerFactors.full[index] !== factor[0] ||
      tables.layerFactors.slim[index] !== factor[1]
    ) {
      throw new Error(`debian-bookworm: ${name} does not decode to its size and factors`);
    }
  });
  closureNames.forEach((requested, position) => {
    for (const [recommends, expected] of [[false, withoutRecommends], [true, withRecommends]] as const) {
      if (JSON.stringify(tables.closure(requested, recommends)) !== JSON.stringify(expected[position])) {
        throw new Error(`debian-bookworm: the closure of ${requested} (recommends: ${recommends}) does not decode`);
      }
    }
  });

  const { baseSet, closureNames: names, closuresWithoutRecommends, closuresWithRecommends, ...scalars } = data;
  const perClosure = (packed: readonly string[]) =>
    packed.map((text, position) => `    ${JSON.stringify(text)}, // ${closureNames[position]}`);
  return {
    path: 'src/data/debian-bookworm.ts',
    content: [
      header('debian-bookworm/{packages,closures,sizes,size-factors}.json', [
        `${packages.source}, ${packages.arch}, newest index ${packages.date}.`,
        'Closures re-implement apt\'s resolver on a debian:bookworm-slim base and matched `apt-get -s` on 385/385',
        `installs with and without Recommends; size factors were measured on one Debian 12 machine (${factors.measured_packages} packages).`,
        'Method, validation and caveats: ../shared/data/debian-bookworm/NOTES.md.',
        '',
        'Packed as described by PackedDebianAptData in src/data/image-data-types.ts. Package numbers are the positions of',
        `the ${packageNames.length} names of debian-bookworm/sizes.json in code-unit order, from ${packageNames[0]} to ${packageNames.at(-1)}.`,
      ]),
      "import type { PackedDebianAptData } from './image-data-types.js';",
      '',
      'export const debianBookwormApt: PackedDebianAptData = {',
      ...Object.entries(scalars).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`),
      `  baseSet: ${wrappedArray(baseSet, 12)},`,
      `  closureNames: ${wrappedArray(names, 12)},`,
      '  closuresWithoutRecommends: [',
      ...perClosure(closuresWithoutRecommends),
      '  ],',
      '  closuresWithRecommends: [',
      ...perClosure(closuresWithRecommends),
      '  ],',
      '};',
      '',
    ].join('\n'),
  };
}

function closureOf(closures: SourceDebianClosures, requested: string): { n: string[]; r: string[] } {
  return closures.closures[requested] as { n: string[]; r: string[] };
}

/** size-factors.json's rule for packages without a measured factor. */
function isPythonPackage(name: string): boolean {
  return name.startsWith('python3-') || name.startsWith('libpython3') || name.startsWith('python3.');
}

/** The smallest power of ten that turns every one of `decimals` into an integer it divides back into exactly. */
function decimalScale(decimals: readonly number[]): number {
  for (let scale = 1; scale <= 1e9; scale *= 10) {
    if (decimals.every((decimal) => Math.round(decimal * scale) / scale === decimal)) return scale;
  }
  throw new Error('debian-bookworm: a size factor has more than nine decimals');
}

/** Plain code-unit order, so the output does not depend on the machine's locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function wrappedArray(items: readonly unknown[], perLine: number): string {
  const lines: string[] = [];
  for (let start = 0; start < items.length; start += perLine) {
    lines.push(`    ${items.slice(start, start + perLine).map((item) => JSON.stringify(item)).join(',')},`);
  }
  return ['[', ...lines, '  ]'].join('\n');
}

function header(sourceFile: string, provenance: string[]): string {
  return [
    `// Generated by ${GENERATOR} from ../shared/data/${sourceFile}.`,
    `// Do not edit by hand: change the generator or the source data and run \`npx tsx ${GENERATOR}\`.`,
    '//',
    ...provenance.map((line) => (line === '' ? '//' : `// ${line}`)),
    '',
  ].join('\n');
}
