/**
 * What a base image ships (shell, curl, package manager, default user, …), from the bundled
 * inventory in `src/data/base-image-tools.ts`.
 *
 * Every answer is `true`, `false` or `null`, and `null` means unknown: callers must not warn on
 * it. Tags are matched only against the inventory's own per-row patterns (translated in
 * test/data-gen/base-image-tool-patterns.ts), so a tag the inventory does not vouch for, such as
 * `python:3.12-slim-bullseye`, gets `null` rather than a neighbour's answer.
 */
import { baseImageToolsRows } from '../../data/base-image-tools.js';
import type { BaseImageToolsRow, ImageUser, RecordedTool, ShellKind, ToolName } from '../../data/image-data-types.js';
import { parseImageReference } from './image-reference.js';
import { memoizeByText } from './text-memo.js';

/** `null` = unknown: do not warn. */
export type Presence = boolean | null;

/** Tools whose implementation the inventory names: busybox applets take fewer options than GNU's. */
export type ProvidedTool = 'curl' | 'wget' | 'tar' | 'gzip' | 'unzip' | 'ps' | 'useradd';

export interface BaseImageTools {
  /** The inventory row that matched, in its own words, e.g. `python:*-slim* (slim-trixie, slim-bookworm)`. */
  pattern: string;
  evidence: string;
  sources: readonly string[];
  /** `/bin/sh` exists, so shell-form RUN, CMD, ENTRYPOINT and HEALTHCHECK can run. */
  sh: Presence;
  shell: ShellKind | null;
  /** Where the shell is; distroless `:debug` has busybox at `/busybox/sh` and no `/bin/sh`. */
  shellPath: string | null;
  bash: Presence;
  curl: Presence;
  wget: Presence;
  caCertificates: Presence;
  git: Presence;
  gcc: Presence;
  make: Presence;
  python3: Presence;
  tar: Presence;
  gzip: Presence;
  unzip: Presence;
  ps: Presence;
  /** `useradd`/`groupadd` exist. Busybox images have only `adduser`/`addgroup`, with other flags. */
  useradd: Presence;
  /** `apt`, `apk`, `dnf`, `microdnf`; `false` when verified absent. */
  packageManager: string | false | null;
  providers: Partial<Record<ProvidedTool, string>>;
  defaultUser: ImageUser;
}

interface CompiledRow {
  row: BaseImageToolsRow;
  name: RegExp;
  tag: RegExp | null;
  tagUsers: { tag: RegExp; user: ImageUser }[];
}

const compiledRows: readonly CompiledRow[] = baseImageToolsRows.map((row) => ({
  row,
  name: wholeMatch(row.namePattern),
  tag: row.tagPattern === null ? null : wholeMatch(row.tagPattern),
  tagUsers: row.tagUsers.map(({ tagPattern, user }) => ({ tag: wholeMatch(tagPattern), user })),
}));

/** `null` when the reference is invalid or no inventory row covers it. */
export const baseImageTools: (ref: string) => BaseImageTools | null = memoizeByText(lookUpTools);

function lookUpTools(ref: string): BaseImageTools | null {
  const parsed = parseImageReference(ref);
  if (parsed === null) return null;
  const { familiarName, tag } = parsed;
  const match = compiledRows.find(
    (candidate) =>
      candidate.name.test(familiarName) && (candidate.tag === null || (tag !== null && candidate.tag.test(tag))),
  );
  if (match === undefined) return null;
  const { row } = match;
  const { tools } = row;
  const tagUser = tag === null ? undefined : match.tagUsers.find((candidate) => candidate.tag.test(tag));
  return {
    pattern: row.pattern,
    evidence: row.evidence,
    sources: row.sources,
    sh: row.binSh,
    shell: row.shell,
    shellPath: row.shellPath,
    bash: presence(tools.bash),
    curl: presence(tools.curl),
    wget: presence(tools.wget),
    caCertificates: presence(tools.caCertificates),
    git: presence(tools.git),
    gcc: presence(tools.gcc),
    make: presence(tools.make),
    python3: presence(tools.python3),
    tar: presence(tools.tar),
    gzip: presence(tools.gzip),
    unzip: presence(tools.unzip),
    ps: presence(tools.ps),
    // The inventory records busybox's adduser under `useradd`; there is no `useradd` command then.
    useradd: tools.useradd === 'busybox-adduser' ? false : presence(tools.useradd),
    packageManager: row.packageManager,
    providers: providers(tools),
    defaultUser: tagUser?.user ?? row.defaultUser,
  };
}

/** A provider name means the tool is there. */
function presence(value: RecordedTool): Presence {
  return typeof value === 'string' ? true : value;
}

const PROVIDED_TOOLS: readonly ProvidedTool[] = ['curl', 'wget', 'tar', 'gzip', 'unzip', 'ps', 'useradd'];

function providers(tools: Readonly<Record<ToolName, RecordedTool>>): Partial<Record<ProvidedTool, string>> {
  const named: Partial<Record<ProvidedTool, string>> = {};
  for (const tool of PROVIDED_TOOLS) {
    const value = tools[tool];
    if (typeof value === 'string') named[tool] = value;
  }
  return named;
}

function wholeMatch(source: string): RegExp {
  return new RegExp(`^(?:${source})$`);
}
