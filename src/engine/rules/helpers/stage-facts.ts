/**
 * Facts about stages that several SS rules share: which stages a stage is built on, what its base
 * image ships, which package managers and language tools its RUNs call, and where paths resolve.
 */
import { baseImageTools, type BaseImageTools } from '../../estimate/index.js';
import type { BaseReference, SemanticModel, Stage } from '../../model/index.js';
import type { ShellWord, SimpleCommand } from '../../shell/index.js';
import type { Instruction, JsonString, Word } from '../../syntax/types.js';
import type { RuleContext, RunScript } from '../types.js';
import { oncePerModel, perAnalysis, perModel } from './memo.js';

/**
 * The stage `index` and the stages it is built FROM, root first. The model builds a stage FROM
 * an earlier stage only, so following the parents always ends at a root.
 */
export const stageChain = perModel((model, index: number): readonly Stage[] => {
  const chain: Stage[] = [];
  let current = model.stages[index];
  while (current !== undefined) {
    chain.push(current);
    current = current.parent === null ? undefined : model.stages[current.parent];
  }
  return chain.reverse();
});

/** The root of every stage's chain, by stage index: one pass in file order, each stage after its parent. */
const chainRoots = oncePerModel((model): readonly Stage[] => {
  const roots: Stage[] = [];
  for (const stage of model.stages) roots.push(stage.parent === null ? stage : (roots[stage.parent] as Stage));
  return roots;
});

/** The last stage: what `docker build` produces without `--target`. */
export function finalStage(model: SemanticModel): Stage | null {
  return model.stages[model.stages.length - 1] ?? null;
}

/** Every instruction that contributes layers or settings to the stage, in build order. */
export const chainInstructions = perModel((model, index: number): readonly Instruction[] => {
  const chain = stageChain(model, index);
  // Most stages start from an image: their own list is the answer, shared rather than copied.
  return chain.length === 1 ? (chain[0] as Stage).instructions : chain.flatMap((stage) => stage.instructions);
});

/** The image or scratch at the root of the stage's chain. */
export function rootBase(model: SemanticModel, index: number): { stage: Stage; base: BaseReference } | null {
  const root = chainRoots(model)[index];
  return root === undefined ? null : { stage: root, base: root.base };
}

/** The image reference the chain starts from, expanded (`scratch` for scratch), or null when unknown. */
export function rootImage(model: SemanticModel, index: number): string | null {
  const root = rootBase(model, index);
  if (root === null) return null;
  if (root.base.kind === 'scratch') return 'scratch';
  if (root.base.kind !== 'image' || root.base.reference === null) return null;
  return root.base.expanded;
}

/** `rootImage` of the stage `instruction` belongs to; null outside a stage. */
export function instructionRootImage(model: SemanticModel, instruction: Instruction): string | null {
  const stage = model.contextOf(instruction).stage;
  return stage === null ? null : rootImage(model, stage);
}

/** What an image ships, looked up in the inventory once per analysis. */
const imageTools = perModel((_model, image: string) => baseImageTools(image));

/** What the chain's base image ships; null when the image is unknown to the inventory. */
export function rootTools(model: SemanticModel, index: number): BaseImageTools | null {
  const image = rootImage(model, index);
  return image === null ? null : imageTools(model, image);
}

/** Source paths (all but the last) and destination of a COPY/ADD. */
export function copyPaths(instruction: Instruction): { sources: (Word | JsonString)[]; destination: Word | JsonString | null } {
  const details = instruction.details;
  if (details.kind !== 'COPY' && details.kind !== 'ADD') return { sources: [], destination: null };
  return { sources: details.paths.slice(0, -1), destination: details.paths[details.paths.length - 1] ?? null };
}

/** A path word as the builder sees it: JSON-decoded or with surrounding quotes removed. */
export function pathText(path: Word | JsonString): string {
  return 'value' in path ? path.value : path.raw.replace(/^(['"])(.*)\1$/s, '$2');
}

export function flagValue(instruction: Instruction, name: string): string | null {
  for (const flag of instruction.flags) if (flag.name === name) return flag.value ?? null;
  return null;
}

/** The spellings BuildKit accepts for a mount's target. */
export const MOUNT_TARGET_KEYS: ReadonlySet<string> = new Set(['target', 'dst', 'destination']);

/** Targets of `RUN --mount=type=cache`. */
export function cacheMountTargets(instruction: Instruction): string[] {
  const targets: string[] = [];
  if (instruction.flags.length === 0) return targets;
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || flag.options === null) continue;
    const type = flag.options.find((option) => option.key === 'type')?.value;
    const target = flag.options.find((option) => MOUNT_TARGET_KEYS.has(option.key))?.value;
    if (type === 'cache' && target != null) targets.push(target.endsWith('/') ? target.replace(/\/+$/, '') : target);
  }
  return targets;
}

/** A simple command of one of a RUN's scripts, with the words a wrapper like `sudo` hides removed. */
export interface RunCommand {
  script: RunScript;
  command: SimpleCommand;
  /** The argv after wrappers: `sudo -E apt-get install x` gives `apt-get install x`. */
  argv: ShellWord[];
  /** Basename of the program: `/usr/bin/pip3` gives `pip3`. */
  program: string;
}

const WRAPPERS = new Set(['sudo', 'env', 'nice', 'nohup', 'time', 'command', 'exec', 'stdbuf']);
const WRAPPER_OPTIONS_WITH_VALUE = new Set(['-u', '-g', '-U', '-C', '-h', '-p', '-n']);

function unwrap(words: readonly ShellWord[]): ShellWord[] {
  let index = 0;
  while (index < words.length && WRAPPERS.has(basename(words[index]!.value))) {
    index++;
    while (index < words.length) {
      const value = words[index]!.value;
      if (WRAPPER_OPTIONS_WITH_VALUE.has(value)) index += 2;
      else if (value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) index++;
      else break;
    }
  }
  return words.slice(index);
}

export function basename(path: string): string {
  // Most words name a program or file without a directory: nothing to strip.
  if (!path.includes('/')) return path;
  return path.replace(/\/+$/, '').replace(/^.*\//, '');
}

/** Every simple command of a RUN, nested ones included, in source order. */
export const runCommands = perAnalysis((context, instruction: Instruction): readonly RunCommand[] => {
  const commands: RunCommand[] = [];
  for (const script of context.runScripts(instruction)) {
    for (const command of script.script.commands) {
      const argv = unwrap(command.words);
      const first = argv[0];
      if (first === undefined) continue;
      commands.push({ script, command, argv, program: basename(first.value) });
    }
  }
  return commands;
});

export type SystemPackageManager = 'apt' | 'apk' | 'dnf' | 'yum' | 'microdnf' | 'zypper';

/** A Map, not an object: program names come from the Dockerfile, and `constructor` is no package manager. */
const SYSTEM_MANAGERS: ReadonlyMap<string, SystemPackageManager> = new Map([
  ['apt-get', 'apt'],
  ['apt', 'apt'],
  ['aptitude', 'apt'],
  ['apk', 'apk'],
  ['dnf', 'dnf'],
  ['tdnf', 'dnf'],
  ['yum', 'yum'],
  ['microdnf', 'microdnf'],
  ['zypper', 'zypper'],
]);

const INSTALL_VERBS: Readonly<Record<SystemPackageManager, readonly string[]>> = {
  apt: ['install'],
  apk: ['add'],
  dnf: ['install'],
  yum: ['install'],
  microdnf: ['install'],
  zypper: ['install', 'in'],
};

const REFRESH_VERBS: Readonly<Record<SystemPackageManager, readonly string[]>> = {
  apt: ['update'],
  apk: ['update'],
  dnf: ['makecache'],
  yum: ['makecache'],
  microdnf: ['makecache'],
  zypper: ['refresh', 'ref'],
};

const REMOVE_VERBS: Readonly<Record<SystemPackageManager, readonly string[]>> = {
  apt: ['purge', 'remove', 'autoremove'],
  apk: ['del'],
  dnf: ['remove', 'erase', 'autoremove'],
  yum: ['remove', 'erase', 'autoremove'],
  microdnf: ['remove'],
  zypper: ['remove', 'rm'],
};

/** Options of these managers that take the next word as their value. */
const MANAGER_OPTIONS_WITH_VALUE = new Set([
  '-o',
  '-t',
  '-c',
  '--target-release',
  '--option',
  '-X',
  '--repository',
  '--virtual',
  '--repositories-file',
  '-p',
  '--root',
  '--arch',
  '--enablerepo',
  '--disablerepo',
  '--setopt',
  '--releasever',
  '--installroot',
]);

export interface PackageCommand extends RunCommand {
  manager: SystemPackageManager;
  verb: string;
  /** The positional words after the verb. */
  operands: ShellWord[];
}

/** `apt-get install …`, `apk add …`, `apt-get update`, `dnf remove …`: the system package manager calls of a RUN. */
export const packageCommands = perAnalysis((context, instruction: Instruction): readonly PackageCommand[] => {
  const found: PackageCommand[] = [];
  for (const run of runCommands(context, instruction)) {
    const manager = SYSTEM_MANAGERS.get(run.program);
    if (manager === undefined) continue;
    const positional = positionalWords(run.argv.slice(1), MANAGER_OPTIONS_WITH_VALUE);
    const verb = positional[0];
    if (verb === undefined) continue;
    // The fields of `run` are copied one by one: in V8 a spread followed by new properties leaves the
    // fast path for cloning and costs microseconds, for every package manager call of every RUN.
    const { script, command, argv, program } = run;
    found.push({ script, command, argv, program, manager, verb: verb.value, operands: positional.slice(1) });
  }
  return found;
});

export function isInstall(command: PackageCommand): boolean {
  return INSTALL_VERBS[command.manager].includes(command.verb);
}

export function isRefresh(command: PackageCommand): boolean {
  return REFRESH_VERBS[command.manager].includes(command.verb);
}

export function isRemoval(command: PackageCommand): boolean {
  return REMOVE_VERBS[command.manager].includes(command.verb);
}

/** Positional words, skipping options and the values of options listed in `withValue`. */
export function positionalWords(words: readonly ShellWord[], withValue: ReadonlySet<string> = new Set()): ShellWord[] {
  const positional: ShellWord[] = [];
  let optionsEnded = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!optionsEnded && word.value === '--') optionsEnded = true;
    else if (!optionsEnded && word.value.startsWith('-') && word.value.length > 1) {
      if (withValue.has(word.value)) index++;
    } else positional.push(word);
  }
  return positional;
}

/** A package name as typed, without `=version`, `/release` or `:arch`. */
export function packageName(typed: string): string {
  return typed.replace(/[=/<>~].*$/, '').replace(/:[^:]*$/, '');
}

/**
 * Whether the instructions install any of `names` with a system package manager: `true` when one
 * is named, `null` when an install names packages through a variable (it may be among them).
 */
export function installsPackage(context: RuleContext, instructions: readonly Instruction[], names: readonly string[]): boolean | null {
  let unknown = false;
  for (const instruction of instructions) {
    if (instruction.details.kind !== 'RUN') continue;
    for (const command of packageCommands(context, instruction)) {
      if (!isInstall(command)) continue;
      for (const operand of command.operands) {
        if (operand.dynamic) unknown = true;
        else if (names.includes(packageName(operand.value))) return true;
      }
    }
  }
  return unknown ? null : false;
}

export type Ecosystem = 'pip' | 'pipenv' | 'poetry' | 'uv' | 'npm' | 'yarn' | 'pnpm' | 'go' | 'bundler' | 'composer' | 'cargo' | 'maven' | 'gradle' | 'dotnet';

/**
 * A language tool call: `dependencies` resolves and downloads what the manifests list
 * (`pip install -r`, `npm ci`, `go mod download`); `build` compiles the project and fetches
 * whatever is missing on the way (`cargo build`, `mvn package`).
 */
export interface ToolCommand extends RunCommand {
  ecosystem: Ecosystem;
  kind: 'dependencies' | 'build';
  /** The words naming what runs, e.g. `npm ci` or `pip install -r requirements.txt`. */
  label: string;
  /** Manifest paths the command reads, as written (relative to its working directory). */
  manifests: string[];
  /** Packages or paths it installs besides the manifests (`pip install -r requirements.txt .`). */
  alsoInstalls: string[];
}

const PIP = /^pip(?:\d+(?:\.\d+)*)?$/;
/** `pip install` options whose value is the next word. */
const PIP_OPTIONS_WITH_VALUE = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--trusted-host',
  '--cache-dir',
  '--src',
  '--upgrade-strategy',
  '--progress-bar',
  '--log',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--no-binary',
  '--only-binary',
  '-C',
  '--config-settings',
]);
const PYTHON = /^python(?:\d+(?:\.\d+)*)?$/;
const MAVEN_DEPENDENCY_GOALS = /^(?:dependency:(?:go-offline|resolve|resolve-plugins)|.*:go-offline-maven-plugin:resolve-dependencies)$/;
const MAVEN_BUILD_GOALS = new Set(['compile', 'package', 'install', 'verify', 'test', 'deploy']);

/** Programs `classifyToolCommand` knows besides pip and `python -m`; every other command is not a tool call. */
/** Options that make a tool print something and exit. */
const INFORMATION_OPTIONS: ReadonlySet<string> = new Set(['--version', '-v', '--help', '-h']);
const TOOL_PROGRAMS = new Set(['uv', 'npm', 'yarn', 'pnpm', 'go', 'bundle', 'composer', 'cargo', 'mvn', 'mvnw', 'gradle', 'gradlew', 'dotnet', 'poetry', 'pipenv']);

/** Classifies one command as a dependency install or a build step of a language tool, or null. */
function classifyToolCommand(run: RunCommand): ToolCommand | null {
  if (!TOOL_PROGRAMS.has(run.program) && !PIP.test(run.program) && !PYTHON.test(run.program)) return null;
  const words = run.argv.map((word) => word.value);
  let program = run.program;
  let rest = words.slice(1);
  if (PYTHON.test(program) && rest[0] === '-m' && rest[1] !== undefined) {
    program = rest[1];
    rest = rest.slice(2);
  }
  if (program === 'uv' && rest[0] === 'pip') {
    program = 'pip';
    rest = rest.slice(1);
  }
  // No `...run`: see packageCommands.
  const make = (ecosystem: Ecosystem, kind: ToolCommand['kind'], manifests: string[], alsoInstalls: string[] = []): ToolCommand => ({
    script: run.script,
    command: run.command,
    argv: run.argv,
    program: run.program,
    ecosystem,
    kind,
    manifests,
    alsoInstalls,
    label: commandLabel(run),
  });
  const positional = rest.filter((word) => !word.startsWith('-'));
  const verb = positional[0];
  if (PIP.test(program) && verb === 'install') {
    const requirements = optionValues(rest, ['-r', '--requirement']);
    const constraints = optionValues(rest, ['-c', '--constraint']);
    const targets = positionalStrings(rest.slice(rest.indexOf('install') + 1), PIP_OPTIONS_WITH_VALUE);
    const editables = optionValues(rest, ['-e', '--editable']);
    return requirements.length > 0 ? make('pip', 'dependencies', [...requirements, ...constraints], [...targets, ...editables]) : null;
  }
  switch (program) {
    case 'npm':
      if (verb === 'ci' || ((verb === 'install' || verb === 'i') && positional.length === 1 && !hasOption(rest, ['-g', '--global']))) {
        return make('npm', 'dependencies', ['package.json', 'package-lock.json']);
      }
      return verb === 'run' && positional[1] === 'build' ? make('npm', 'build', []) : null;
    case 'yarn':
      // A bare `yarn` installs, but `yarn --version` only prints.
      if (verb === undefined && rest.some((word) => INFORMATION_OPTIONS.has(word))) return null;
      if (verb === undefined || (verb === 'install' && positional.length === 1)) return make('yarn', 'dependencies', ['package.json', 'yarn.lock']);
      return verb === 'build' || (verb === 'run' && positional[1] === 'build') ? make('yarn', 'build', []) : null;
    case 'pnpm':
      if ((verb === 'install' || verb === 'i') && positional.length === 1) return make('pnpm', 'dependencies', ['package.json', 'pnpm-lock.yaml']);
      if (verb === 'fetch') return make('pnpm', 'dependencies', ['pnpm-lock.yaml']);
      return verb === 'build' || (verb === 'run' && positional[1] === 'build') ? make('pnpm', 'build', []) : null;
    case 'go':
      if (verb === 'mod' && positional[1] === 'download') return make('go', 'dependencies', ['go.mod', 'go.sum']);
      // `go install tool@version` fetches a tool, not the project; `-mod=vendor` builds offline.
      if (rest.includes('-mod=vendor') || (verb === 'install' && positional.length > 1 && positional.slice(1).every((arg) => arg.includes('@')))) return null;
      return verb === 'build' || verb === 'install' ? make('go', 'build', []) : null;
    case 'bundle':
      return verb === undefined || verb === 'install' ? make('bundler', 'dependencies', ['Gemfile', 'Gemfile.lock']) : null;
    case 'composer':
      return verb === 'install' ? make('composer', 'dependencies', ['composer.json', 'composer.lock']) : null;
    case 'cargo':
      // cargo-chef: `cook` builds the dependencies from the recipe `prepare` wrote; `prepare` reads only the sources.
      if (verb === 'chef') {
        const recipe = optionValues(rest, ['--recipe-path'])[0] ?? 'recipe.json';
        return positional[1] === 'cook' ? make('cargo', 'dependencies', [recipe]) : null;
      }
      if (verb === 'fetch') return make('cargo', 'dependencies', ['Cargo.toml', 'Cargo.lock']);
      return verb === 'build' || (verb === 'install' && hasOption(rest, ['--path'])) ? make('cargo', 'build', []) : null;
    case 'mvn':
    case 'mvnw':
      if (positional.some((goal) => MAVEN_DEPENDENCY_GOALS.test(goal))) return make('maven', 'dependencies', ['pom.xml']);
      return positional.some((goal) => MAVEN_BUILD_GOALS.has(goal)) ? make('maven', 'build', []) : null;
    case 'gradle':
    case 'gradlew':
      return positional.length > 0 ? make('gradle', 'build', []) : null;
    case 'dotnet':
      if (verb === 'restore') return make('dotnet', 'dependencies', positional[1] === undefined ? [] : [positional[1]]);
      return verb === 'publish' || verb === 'build' ? make('dotnet', 'build', []) : null;
    case 'poetry':
      return verb === 'install' ? make('poetry', 'dependencies', ['pyproject.toml', 'poetry.lock']) : null;
    case 'uv':
      return verb === 'sync' ? make('uv', 'dependencies', ['pyproject.toml', 'uv.lock']) : null;
    case 'pipenv':
      return verb === 'install' && positional.length === 1 ? make('pipenv', 'dependencies', ['Pipfile', 'Pipfile.lock']) : null;
    default:
      return null;
  }
}

/** A command of `runCommands` as a language tool call, or null; classified once per analysis. */
export const toolCommand = perAnalysis((_context, run: RunCommand) => classifyToolCommand(run));

/** The language tool calls of a RUN. */
export const toolCommands = perAnalysis((context, instruction: Instruction): readonly ToolCommand[] =>
  runCommands(context, instruction)
    .map((run) => toolCommand(context, run))
    .filter((command): command is ToolCommand => command !== null),
);

const LABEL_WORDS = 5;

/** The command as a short quote for messages: its first words, shortened with `…`. */
export function commandLabel(run: RunCommand): string {
  const words = run.argv.map((word) => word.value);
  return words.length > LABEL_WORDS ? `${words.slice(0, LABEL_WORDS).join(' ')} …` : words.join(' ');
}

function positionalStrings(words: readonly string[], withValue: ReadonlySet<string>): string[] {
  const positional: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!word.startsWith('-')) positional.push(word);
    else if (withValue.has(word)) index++;
  }
  return positional;
}

function hasOption(words: readonly string[], names: readonly string[]): boolean {
  return words.some((word) => names.some((name) => word === name || word.startsWith(`${name}=`)));
}

/** Values of an option given as `-r x`, `-rx`, `--requirement x` or `--requirement=x`. */
export function optionValues(words: readonly string[], names: readonly string[]): string[] {
  const values: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    for (const name of names) {
      if (word === name && words[index + 1] !== undefined) values.push(words[index + 1]!);
      else if (name.startsWith('--') && word.startsWith(`${name}=`)) values.push(word.slice(name.length + 1));
      else if (!name.startsWith('--') && word.startsWith(name) && word.length > name.length && !word.startsWith('--')) values.push(word.slice(name.length));
    }
  }
  return values;
}

/** An empty, `.` or `..` segment. */
const NOT_NORMAL_SEGMENT = /\/\/|\/\.\.?(?:\/|$)/;

/** Joins `path` onto `directory` like the builder does for WORKDIR and COPY destinations. */
export function resolvePath(directory: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${directory}/${path}`;
  // Most paths are already normal; only the others are taken apart.
  if (joined.startsWith('/') && (joined.length === 1 || !joined.endsWith('/')) && !NOT_NORMAL_SEGMENT.test(joined)) return joined;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Widens [start, end) to whole lines, including the line break that ends the last one. */
export function wholeLines(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineBreak = text.indexOf('\n', end);
  return { start: lineStart, end: lineBreak === -1 ? text.length : lineBreak + 1 };
}

/** The operator just before `offset` in a script, or null at its start. */
export function operatorBefore(script: RunScript, offset: number): string | null {
  let last: string | null = null;
  for (const operator of script.script.operators) {
    if (operator.end > offset) break;
    last = operator.op;
  }
  return last;
}
