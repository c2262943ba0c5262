/**
 * How yum, dnf, microdnf and zypper command lines read: the options (anywhere on the line, split
 * per letter like hadolint), the subcommand with its short forms, `group`/`module` subcommands,
 * and the package operands, skipping the values of options that take one.
 */
import type { ShellWord } from '../../shell/index.js';
import type { Instruction } from '../../syntax/types.js';
import type { Fix, RuleContext } from '../types.js';
import { perAnalysis } from './memo.js';
import { cacheMountTargets, layerReachesImage, scriptAppendPoint } from './packages.js';
import {
  declaredNames,
  hasOption,
  hasVersionVariable,
  insertArgument,
  listNames,
  pathOverlaps,
  positionalArgs,
  resolveWord,
  runInstructions,
  runShellCommands,
  spanTo,
  wordSpan,
  type RunShellCommand,
} from './run-commands.js';

export type RpmTool = 'yum' | 'dnf' | 'microdnf' | 'zypper';

const TOOLS: ReadonlySet<string> = new Set<RpmTool>(['yum', 'dnf', 'microdnf', 'zypper']);

/** yum/dnf/microdnf options whose value may be the next word. */
const YUM_OPTIONS_WITH_VALUE = new Set([
  '-c',
  '--config',
  '-d',
  '--debuglevel',
  '-e',
  '--errorlevel',
  '-x',
  '--exclude',
  '--installroot',
  '--releasever',
  '--enablerepo',
  '--disablerepo',
  '--repo',
  '--repoid',
  '--setopt',
  '--color',
  '--downloaddir',
  '--destdir',
  '--forcearch',
  '--disableplugin',
  '--enableplugin',
  '--repofrompath',
  '--rpmverbosity',
  '--advisory',
  '--bz',
  '--cve',
  '--sec-severity',
  '--comment',
]);

/** zypper options before the subcommand whose value may be the next word. */
const ZYPPER_GLOBAL_OPTIONS_WITH_VALUE = new Set([
  '-c',
  '--config',
  '-R',
  '--root',
  '-D',
  '--reposd-dir',
  '-C',
  '--cache-dir',
  '--raw-cache-dir',
  '--solv-cache-dir',
  '--pkg-cache-dir',
  '--userdata',
  '-p',
  '--plus-repo',
  '--plus-content',
]);

/** zypper subcommand options whose value may be the next word (`-D` and `-C` mean other things here). */
const ZYPPER_COMMAND_OPTIONS_WITH_VALUE = new Set(['-r', '--repo', '--from', '-t', '--type', '--download']);

export interface RpmCommand {
  run: RunShellCommand;
  tool: RpmTool;
  /** `group` or `module` for `dnf group install` / `yum module install`, else null. */
  scope: string | null;
  /** The subcommand word (`install`, `in`, `groupinstall`, …), after `group`/`module` when present. */
  verb: ShellWord | null;
  /** Positional words after the subcommand: packages, groups or module specs. */
  operands: ShellWord[];
}

const SCOPES = new Set(['group', 'groups', 'module']);

function readRpmCommand(run: RunShellCommand): RpmCommand | null {
  if (run.name === null || !TOOLS.has(run.name)) return null;
  const tool = run.name as RpmTool;
  const positional =
    tool === 'zypper'
      ? positionalArgs(run, ZYPPER_GLOBAL_OPTIONS_WITH_VALUE, ZYPPER_COMMAND_OPTIONS_WITH_VALUE)
      : positionalArgs(run, YUM_OPTIONS_WITH_VALUE);
  const first = positional[0];
  if (first !== undefined && tool !== 'zypper' && SCOPES.has(first.value)) {
    return { run, tool, scope: first.value === 'groups' ? 'group' : first.value, verb: positional[1] ?? null, operands: positional.slice(2) };
  }
  return { run, tool, scope: null, verb: first ?? null, operands: positional.slice(1) };
}

/** The value of zypper's `-t`/`--type` (`package`, `pattern`, `patch`, `product`, `srcpackage`), or null. */
export function zypperType(command: RpmCommand): string | null {
  const args = command.run.args;
  for (let index = 0; index < args.length; index++) {
    const text = (args[index] as ShellWord).value;
    if (text === '-t' || text === '--type') return args[index + 1]?.value ?? null;
    if (text.startsWith('--type=')) return text.slice('--type='.length);
    if (/^-t./.test(text)) return text.slice(2);
  }
  return null;
}

/** Every yum, dnf, microdnf and zypper command of a RUN, in the order they run. */
const allRpmCommands = perAnalysis((context, instruction: Instruction): readonly RpmCommand[] =>
  runShellCommands(context, instruction)
    .map(readRpmCommand)
    .filter((command): command is RpmCommand => command !== null),
);

/** The commands of `tools` in a RUN, in the order they run. */
export function rpmCommands(context: RuleContext, instruction: Instruction, tools: readonly RpmTool[]): readonly RpmCommand[] {
  const all = allRpmCommands(context, instruction);
  // Most RUNs use none of these tools: no new array for them.
  return all.length === 0 ? all : all.filter((command) => tools.includes(command.tool));
}

export function verbIs(command: RpmCommand, verbs: readonly string[]): boolean {
  return command.verb !== null && verbs.includes(command.verb.value);
}

/** `yum install`, `dnf groupinstall`, `dnf group install`, `dnf module install`, `dnf in` … */
export function isInstall(command: RpmCommand): boolean {
  if (command.tool === 'zypper') return verbIs(command, ['install', 'in']);
  const verbs = command.tool === 'dnf' ? ['install', 'in', 'groupinstall', 'localinstall'] : ['install', 'groupinstall', 'localinstall'];
  return verbIs(command, verbs);
}

/** Subcommands that download packages into the package manager's cache. */
const CACHE_FILLING_VERBS: Readonly<Record<RpmTool, readonly string[]>> = {
  yum: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'update-minimal', 'upgrade-minimal', 'downgrade', 'distro-sync'],
  dnf: [
    'install',
    'in',
    'groupinstall',
    'localinstall',
    'reinstall',
    'rei',
    'update',
    'upgrade',
    'up',
    'update-minimal',
    'upgrade-minimal',
    'up-min',
    'downgrade',
    'distro-sync',
  ],
  microdnf: ['install', 'reinstall', 'update', 'upgrade', 'downgrade', 'distro-sync'],
  zypper: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si'],
};

export function fillsCache(command: RpmCommand): boolean {
  return verbIs(command, CACHE_FILLING_VERBS[command.tool]);
}

/** yum/dnf `-y`/`--assumeyes`; zypper `-n`/`--non-interactive` (global) or `-y`/`--no-confirm`. */
export function isNonInteractive(command: RpmCommand): boolean {
  const names = command.tool === 'zypper' ? ['n', 'non-interactive', 'y', 'no-confirm'] : ['y', 'assumeyes'];
  return hasOption(command.run, names);
}

/** `yum clean all`, `dnf clean packages`, `zypper clean`, `zypper cc`. */
export function isClean(command: RpmCommand): boolean {
  return verbIs(command, command.tool === 'zypper' ? ['clean', 'cc'] : ['clean']);
}

/** Where each tool keeps downloaded packages and metadata. */
export const CACHE_DIRECTORIES: Readonly<Record<RpmTool, readonly string[]>> = {
  yum: ['/var/cache/yum', '/var/cache/dnf'],
  dnf: ['/var/cache/dnf', '/var/cache/libdnf5', '/var/cache/yum'],
  microdnf: ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'],
  zypper: ['/var/cache/zypp'],
};

/**
 * `rm -r` of a cache directory, its contents or a parent; an `rm -r` whose target is not known
 * before the build is given the benefit of the doubt.
 */
export function removesCache(context: RuleContext, run: RunShellCommand, directories: readonly string[]): boolean {
  if (run.name !== 'rm' || !hasOption(run, ['r', 'R', 'recursive'])) return false;
  return positionalArgs(run).some((word) => {
    const path = resolveWord(context, run.instruction, word);
    return path === null || directories.some((directory) => pathOverlaps(path.replace(/\/\*$/, ''), directory));
  });
}

/** hadolint's reading of a version: a `-` then a digit, and only version characters after it. */
const RPM_VERSION_SUFFIX = /^.+-\d[A-Za-z0-9._~^:+-]*$/;

/**
 * A yum/dnf package operand carries a version (`tomcat-9.0.1`, `openssl-1:1.1.1k`), or needs none:
 * a `.rpm` file or URL, or an `@group`/`@module` spec. A variable without a value at lint time is a
 * version when it follows a `-` and is declared (hadolint's rule); one set by ARG/ENV is substituted.
 */
export function isRpmPackagePinned(context: RuleContext, instruction: Instruction, word: ShellWord): boolean {
  const resolved = resolveWord(context, instruction, word);
  if (resolved !== null) return hasRpmVersion(resolved);
  return hasVersionVariable(word, declaredNames(context, instruction));
}

export function hasRpmVersion(spec: string): boolean {
  return RPM_VERSION_SUFFIX.test(spec) || spec.endsWith('.rpm') || spec.startsWith('@');
}

/** A module spec names its stream: `nodejs:18`, `nodejs:18/minimal`. */
export function isModuleStreamPinned(context: RuleContext, instruction: Instruction, word: ShellWord): boolean {
  const text = resolveWord(context, instruction, word);
  return text === null ? word.value.includes(':') : text.includes(':');
}

/** zypper takes `name=1.2`, `name>1.2`, `name<=2`; `.rpm` files need no version. */
export function isZypperPackagePinned(context: RuleContext, instruction: Instruction, word: ShellWord): boolean {
  const text = resolveWord(context, instruction, word) ?? word.value;
  return /[=<>]/.test(text) || text.endsWith('.rpm');
}

// ── checks shared by the yum, dnf and zypper rules ─────────────────────────────────────────────

/** `dnf group install`, `zypper in`: the words naming what runs, for messages. */
export function commandLabel(command: RpmCommand): string {
  return [command.tool, command.scope, command.verb?.value].filter((part) => part !== null && part !== undefined).join(' ');
}

function markerOf(context: RuleContext, command: RpmCommand): { start: number; end: number } {
  const last = command.verb ?? command.run.nameWord;
  return last === null ? wordSpan(context, command.run, command.run.command.words[0] as ShellWord) : spanTo(context, command.run, last);
}

/**
 * Message `prompts` ({command}, {option}), once per RUN (hadolint counts one per instruction), at
 * the first command `selects` picks that has no non-interactive option; the fix adds `option` to
 * each of them.
 */
export function reportPrompting(
  context: RuleContext,
  tools: readonly RpmTool[],
  selects: (command: RpmCommand) => boolean,
  option: string,
): void {
  for (const instruction of runInstructions(context, { onbuild: true })) {
    const prompting = rpmCommands(context, instruction, tools).filter((command) => selects(command) && !isNonInteractive(command));
    const first = prompting[0];
    if (first === undefined) continue;
    const edits = prompting.flatMap((command) =>
      command.run.nameWord === null ? [] : [insertArgument(context, command.run, command.run.nameWord, option)],
    );
    context.report({
      messageId: 'prompts',
      data: { command: commandLabel(first), option },
      instruction,
      at: markerOf(context, first),
      fixes: [{ title: `Add \`${option}\``, safety: 'safe', edits }],
    });
  }
}

function mountsCache(context: RuleContext, instruction: Instruction, tool: RpmTool): boolean {
  const targets = cacheMountTargets(context.model, instruction);
  return targets.some((target) => CACHE_DIRECTORIES[tool].some((directory) => pathOverlaps(target, directory)));
}

/**
 * Message `cacheLeft` ({command}, {clean}), once per RUN, at the last command of `tools` that fills
 * the cache when no clean by that tool (or `rm -r` of its cache) follows it. RUNs whose layer never
 * reaches an image, and cache or tmpfs mounts on the cache, are left alone.
 */
export function reportCacheLeft(context: RuleContext, tools: readonly RpmTool[], cleanCommand: (tool: RpmTool) => string): void {
  for (const instruction of runInstructions(context, { onbuild: true })) {
    // Most RUNs use none of these tools: skip them before indexing their commands.
    if (allRpmCommands(context, instruction).length === 0) continue;
    const runs = runShellCommands(context, instruction);
    const positions = new Map(runs.map((run, index) => [run.command, index]));
    const position = (command: RpmCommand): number => positions.get(command.run.command) ?? -1;
    const uncleaned: RpmCommand[] = [];
    for (const tool of tools) {
      const lastFill = rpmCommands(context, instruction, [tool]).filter(fillsCache).pop();
      if (lastFill === undefined || mountsCache(context, instruction, tool)) continue;
      const cleaned = runs.slice(position(lastFill) + 1).some((run) => {
        const command = readRpmCommand(run);
        return (command?.tool === tool && isClean(command)) || removesCache(context, run, CACHE_DIRECTORIES[tool]);
      });
      if (!cleaned) uncleaned.push(lastFill);
    }
    uncleaned.sort((a, b) => position(a) - position(b));
    const first = uncleaned[0];
    // Whether the layer reaches an image costs a look at every stage: asked only when there is something to report.
    if (first === undefined || !layerReachesImage(context.model, instruction)) continue;
    const cleans = [...new Set(uncleaned.map((command) => cleanCommand(command.tool)))];
    context.report({
      messageId: 'cacheLeft',
      data: { command: commandLabel(first), clean: cleans.join(' && ') },
      instruction,
      at: markerOf(context, first),
      fixes: appendFix(context, uncleaned, cleans),
    });
  }
}

function appendFix(context: RuleContext, commands: readonly RpmCommand[], cleans: readonly string[]): Fix[] {
  const scripts = new Set(commands.map((command) => command.run.script));
  const script = commands[commands.length - 1]?.run.script ?? null;
  if (scripts.size !== 1 || script === null) return [];
  const point = scriptAppendPoint(context, script);
  if (point === null) return [];
  const text = point.separator === '\n' ? cleans.join('\n') : cleans.join(' && ');
  return [
    {
      title: `Append \`${cleans.join(' && ')}\` to the RUN`,
      safety: 'safe',
      edits: [{ start: point.offset, end: point.offset, text: `${point.separator}${text}` }],
    },
  ];
}

export interface UnpinnedOperand {
  command: RpmCommand;
  word: ShellWord;
  kind: 'package' | 'module';
}

/**
 * Message `unpinned` ({packages}) or `noStream` ({modules}), once per RUN, at the first operand
 * that `unpinnedOf` returns.
 */
export function reportUnpinned(
  context: RuleContext,
  tools: readonly RpmTool[],
  unpinnedOf: (command: RpmCommand) => UnpinnedOperand[],
): void {
  for (const instruction of runInstructions(context, { onbuild: true })) {
    const unpinned = rpmCommands(context, instruction, tools).flatMap(unpinnedOf);
    const first = unpinned[0];
    if (first === undefined) continue;
    const names = unpinned.filter((operand) => operand.kind === first.kind).map((operand) => operand.word.value);
    context.report({
      messageId: first.kind === 'package' ? 'unpinned' : 'noStream',
      data: { [first.kind === 'package' ? 'packages' : 'modules']: listNames(names), tool: first.command.tool },
      instruction,
      at: wordSpan(context, first.command.run, first.word),
    });
  }
}

/**
 * The unpinned operands of a yum/dnf/microdnf install: packages without a version, module specs
 * without a stream. Group installs name groups, which have no versions.
 */
export function unpinnedRpmOperands(context: RuleContext, command: RpmCommand): UnpinnedOperand[] {
  if (command.scope === 'group' || !verbIs(command, ['install', 'in'])) return [];
  const instruction = command.run.instruction;
  if (command.scope === 'module') {
    return command.operands
      .filter((word) => !isModuleStreamPinned(context, instruction, word))
      .map((word) => ({ command, word, kind: 'module' }));
  }
  if (command.scope !== null) return [];
  return command.operands
    .filter((word) => !isRpmPackagePinned(context, instruction, word))
    .map((word) => ({ command, word, kind: 'package' }));
}
