/**
 * How package-manager command lines parse: apt-get/apt/aptitude, apk, pip/pip3/`python -m pip`/pipx,
 * npm, yarn, gem and go. Each finder returns the invocations of one tool in a parsed RUN script, with
 * its options and operands, so that pinning, cache and cleanup rules share one reading of the line.
 *
 * Words are read the way the shell would pass them: a `$VAR` known from ENV/ARG is expanded (and
 * split, when unquoted) before matching, so `apt-get install $PKGS` is judged on what PKGS holds;
 * a value unknown before the build (`$(…)`, an ARG without default) is marked `unknown`.
 */
import { expandWord, expandWords } from '../../model/index.js';
import type { SemanticModel } from '../../model/index.js';
import type { ShellScript, ShellWord, SimpleCommand } from '../../shell/index.js';
import type { Instruction, SourceMap } from '../../syntax/types.js';
import type { Fix, MessageData, RuleContext, RunScript, TextEdit } from '../types.js';
import { oncePerAnalysis, oncePerModel, perAnalysis, perModel } from './memo.js';

/** Build-time variables: ENV and ARG values visible to a RUN. */
export type BuildEnv = ReadonlyMap<string, string>;

/** One argument as the program receives it. */
export interface Token {
  /** The text after quote removal and, for words built from known variables, expansion. */
  text: string;
  /** The shell word it comes from; a word that expands to several tokens is shared by them. */
  word: ShellWord;
  /** The value depends on something unknown before the build runs (`$(…)`, an unset variable). */
  unknown: boolean;
}

export interface ParsedOption {
  /** Without dashes: `-yq` gives `y` and `q`; `--target=x` gives `target`. */
  name: string;
  /** The attached (`--name=value`, `-tvalue`) or following value, or null. */
  value: string | null;
  token: Token;
  valueToken: Token | null;
}

export interface Invocation {
  command: SimpleCommand;
  /** The word naming the tool (`apt-get`, `pip3`; `python3` for `python3 -m pip`). */
  program: ShellWord;
  /** The subcommand (`install`, `add`, `get`), or null when there is none. */
  subcommand: Token | null;
  /** Options anywhere on the line, before or after the subcommand. */
  options: ParsedOption[];
  /** Positional arguments after the subcommand, up to a `--` end-of-options marker. */
  operands: Token[];
  /** Arguments after `--`. */
  afterDoubleDash: Token[];
}

/** An invocation known to have a subcommand (`apt-get install`, `pip install`). */
export interface SubcommandInvocation extends Invocation {
  subcommand: Token;
}

function withSubcommand(found: readonly Invocation[], names: ReadonlySet<string>): SubcommandInvocation[] {
  return found.filter((invocation): invocation is SubcommandInvocation => names.has(invocation.subcommand?.text ?? ''));
}

const INSTALL: ReadonlySet<string> = new Set(['install']);

export interface OptionSyntax {
  /** Short options whose value is the rest of the cluster or the next argument. */
  shortWithValue?: string;
  /** Long options (without `--`) whose value may be the next argument. */
  longWithValue?: readonly string[];
  /** Go's flag package: `-name` is one option (never a cluster), `-name value` for valued ones. */
  singleDashNames?: boolean;
  /**
   * Long options outside `longWithValue` and this list take the next argument as their value,
   * for tools whose unknown options are build options passed through (`gem install x --with-y z`).
   */
  knownBooleans?: readonly string[];
}

/** `/usr/bin/pip3` → `pip3`. */
export function programName(command: SimpleCommand): string | null {
  const first = command.words[0];
  if (first === undefined || first.dynamic) return null;
  return first.value.slice(first.value.lastIndexOf('/') + 1);
}

/**
 * A value read from a script part (a word, a command, a script) for one build env. Every RUN part
 * belongs to one RUN, read with that RUN's env, and many rules ask the same question of it, so
 * the answer is kept, and recomputed only when asked with a different env. Answers are shared:
 * callers treat them as read-only.
 */
function readCache<K extends object, V>(read: (key: K, env: BuildEnv) => V): (key: K, env: BuildEnv) => V {
  const entries = new WeakMap<K, { env: BuildEnv; value: V }>();
  return (key, env) => {
    const entry = entries.get(key);
    if (entry !== undefined && entry.env === env) return entry.value;
    const value = read(key, env);
    entries.set(key, { env, value });
    return value;
  };
}

/** What a finder returns for a script that runs none of its programs: shared, so never written to. */
const NONE_FOUND: readonly never[] = Object.freeze([]);

const programsOfScript = new WeakMap<ShellScript, ReadonlySet<string>>();

/** The program names (`programName`) a script runs, gathered once per script. */
function programsIn(script: ShellScript): ReadonlySet<string> {
  let programs = programsOfScript.get(script);
  if (programs === undefined) {
    const names = new Set<string>();
    for (const command of script.commands) {
      const name = programName(command);
      if (name !== null) names.add(name);
    }
    programs = names;
    programsOfScript.set(script, programs);
  }
  return programs;
}

function runsAny(script: ShellScript, isProgram: (name: string) => boolean): boolean {
  for (const name of programsIn(script)) if (isProgram(name)) return true;
  return false;
}

/**
 * A finder whose answer for each script is kept (see readCache). Most scripts run none of the
 * finder's programs: they get `NONE_FOUND` at once, and nothing is cached for them.
 */
function cachedFinder<T>(
  isProgram: (name: string) => boolean,
  find: (script: ShellScript, env: BuildEnv) => readonly T[],
): (script: ShellScript, env: BuildEnv) => readonly T[] {
  const cached = readCache(find);
  return (script, env) => (runsAny(script, isProgram) ? cached(script, env) : NONE_FOUND);
}

const isProgramIn =
  (...names: string[]) =>
  (name: string): boolean =>
    names.includes(name);

/**
 * What a shell word passes to the program. Unquoted expansions are split as the shell splits
 * them; a word that uses command substitution or an unset variable yields one `unknown` token.
 */
export function tokensOf(word: ShellWord, env: BuildEnv): Token[] {
  // A literal word is cheaper to read again than to look up: only expansions are kept.
  return word.dynamic ? expandedTokens(word, env) : [{ text: word.value, word, unknown: false }];
}

const expandedTokens = readCache((word: ShellWord, env: BuildEnv): Token[] => {
  const unknown: Token[] = [{ text: word.value, word, unknown: true }];
  if (/\$\(|`|<\(/.test(word.raw)) return unknown;
  const expansion = expandWords(word.raw, env);
  if (expansion.error !== null || expansion.unmatched.length > 0) return unknown;
  return expansion.words.map((text) => ({ text, word, unknown: false }));
});

function isOptionText(text: string): boolean {
  return text.length > 1 && text.startsWith('-');
}

const optionSetsBySyntax = new WeakMap<OptionSyntax, { longWithValue: ReadonlySet<string>; knownBooleans: ReadonlySet<string> | null }>();

/** An option syntax's lists as sets, built once per syntax rather than per command. */
function optionSets(syntax: OptionSyntax): { longWithValue: ReadonlySet<string>; knownBooleans: ReadonlySet<string> | null } {
  let sets = optionSetsBySyntax.get(syntax);
  if (sets === undefined) {
    sets = { longWithValue: new Set(syntax.longWithValue), knownBooleans: syntax.knownBooleans === undefined ? null : new Set(syntax.knownBooleans) };
    optionSetsBySyntax.set(syntax, sets);
  }
  return sets;
}

/** Parses arguments getopt-style into options, positional operands and the tail after `--`. */
export function parseArguments(
  tokens: readonly Token[],
  syntax: OptionSyntax,
): { options: ParsedOption[]; positionals: Token[]; afterDoubleDash: Token[] } {
  const shortWithValue = syntax.shortWithValue ?? '';
  const { longWithValue, knownBooleans } = optionSets(syntax);
  const options: ParsedOption[] = [];
  const positionals: Token[] = [];
  let index = 0;
  const takeNext = (): Token | null => {
    const next = tokens[index + 1];
    if (next === undefined) return null;
    index++;
    return next;
  };
  for (; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const text = token.text;
    if (text === '--' && !token.unknown) return { options, positionals, afterDoubleDash: tokens.slice(index + 1) };
    if (token.unknown || !isOptionText(text)) {
      positionals.push(token);
      continue;
    }
    const isLong = text.startsWith('--') || syntax.singleDashNames === true;
    if (isLong) {
      const body = text.replace(/^--?/, '');
      const equals = body.indexOf('=');
      const name = equals < 0 ? body : body.slice(0, equals);
      if (equals >= 0) {
        options.push({ name, value: body.slice(equals + 1), token, valueToken: null });
        continue;
      }
      const takesValue =
        longWithValue.has(name) ||
        (knownBooleans !== null && !knownBooleans.has(name) && !isOptionText(tokens[index + 1]?.text ?? '-'));
      const valueToken = takesValue ? takeNext() : null;
      options.push({ name, value: valueToken?.text ?? null, token, valueToken });
      continue;
    }
    const cluster = text.slice(1);
    for (let letter = 0; letter < cluster.length; letter++) {
      const name = cluster[letter] as string;
      const rest = cluster.slice(letter + 1);
      if (rest.startsWith('=')) {
        options.push({ name, value: rest.slice(1), token, valueToken: null });
        break;
      }
      if (shortWithValue.includes(name)) {
        const valueToken = rest === '' ? takeNext() : null;
        options.push({ name, value: rest === '' ? (valueToken?.text ?? null) : rest, token, valueToken });
        break;
      }
      options.push({ name, value: null, token, valueToken: null });
    }
  }
  return { options, positionals, afterDoubleDash: [] };
}

function invocationFrom(command: SimpleCommand, tokens: Token[], syntax: OptionSyntax): Invocation {
  const parsed = parseArguments(tokens, syntax);
  const [subcommand = null, ...operands] = parsed.positionals;
  return {
    command,
    program: command.words[0] as ShellWord,
    subcommand,
    options: parsed.options,
    operands,
    afterDoubleDash: parsed.afterDoubleDash,
  };
}

function readArgumentTokens(command: SimpleCommand, env: BuildEnv, from: number): Token[] {
  const tokens: Token[] = [];
  for (let index = from; index < command.words.length; index++) tokens.push(...tokensOf(command.words[index] as ShellWord, env));
  return tokens;
}

const commandArguments = readCache((command: SimpleCommand, env: BuildEnv) => readArgumentTokens(command, env, 1));

/** The tokens of a command's arguments, from word `from` on (after the program name by default). */
function argumentTokens(command: SimpleCommand, env: BuildEnv, from = 1): Token[] {
  return from === 1 ? commandArguments(command, env) : readArgumentTokens(command, env, from);
}

export function hasOption(invocation: Invocation, ...names: string[]): boolean {
  return invocation.options.some((option) => names.includes(option.name));
}

const OPTIONS_VARIABLE_PART = /^(?:opts?|options?|flags?|args?)$/i;

function namesAnOptionList(token: Token): boolean {
  const names = [...token.word.raw.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((match) => match[1] as string);
  return names.some((name) => name.split('_').some((part) => OPTIONS_VARIABLE_PART.test(part)));
}

/**
 * An unknown argument named like an option list (`$APT_OPTS`, `${PIP_ARGS}`, `$FLAGS`) may hold
 * the option a rule looks for, so its absence is not certain.
 */
export function mayHideOptions(invocation: Invocation): boolean {
  return invocation.operands.some((token) => token.unknown && namesAnOptionList(token));
}

/** Per option syntax, the invocations found in each script, by the list of programs looked for. */
const scriptInvocations = new WeakMap<OptionSyntax, (script: ShellScript, env: BuildEnv) => Map<string, Invocation[]>>();

function invocations(
  script: ShellScript,
  env: BuildEnv,
  programs: readonly string[],
  syntax: OptionSyntax,
): readonly Invocation[] {
  const present = programsIn(script);
  if (!programs.some((program) => present.has(program))) return NONE_FOUND;
  let cache = scriptInvocations.get(syntax);
  if (cache === undefined) {
    cache = readCache(() => new Map<string, Invocation[]>());
    scriptInvocations.set(syntax, cache);
  }
  const byPrograms = cache(script, env);
  const key = programs.join(' ');
  let found = byPrograms.get(key);
  if (found === undefined) {
    found = [];
    for (const command of script.commands) {
      const name = programName(command);
      if (name === null || !programs.includes(name)) continue;
      found.push(invocationFrom(command, argumentTokens(command, env), syntax));
    }
    byPrograms.set(key, found);
  }
  return found;
}

export type AptProgram = 'apt-get' | 'apt' | 'aptitude';

const APT_SYNTAX: OptionSyntax = {
  // `-S`/`--snapshot` (apt 2.7+) installs from a snapshot.debian.org date.
  shortWithValue: 'octaFwS',
  longWithValue: ['option', 'config-file', 'target-release', 'default-release', 'host-architecture', 'display-format', 'width', 'snapshot'],
};

/** Every `apt-get`, `apt` or `aptitude` command (any subcommand) among `programs`. */
export function aptInvocations(
  script: ShellScript,
  env: BuildEnv,
  programs: readonly AptProgram[] = ['apt-get', 'apt', 'aptitude'],
): readonly Invocation[] {
  return invocations(script, env, programs, APT_SYNTAX);
}

/** `apt-get install …` commands; the packages are the operands. */
export const aptGetInstalls = cachedFinder(isProgramIn('apt-get'), (script, env): SubcommandInvocation[] =>
  withSubcommand(aptInvocations(script, env, ['apt-get']), INSTALL),
);

/** `name=version`; a `/` (a path or `name/release`) or `.deb` means a local or release-selected package. */
export function isAptPackagePinned(spec: string): boolean {
  return spec.includes('=') || spec.includes('/') || spec.endsWith('.deb');
}

/** The value an `-o Key=value` option gives an apt configuration key, or null. */
export function aptConfigValue(invocation: Invocation, key: string): string | null {
  let value: string | null = null;
  for (const option of invocation.options) {
    if ((option.name !== 'o' && option.name !== 'option') || option.value === null) continue;
    const equals = option.value.indexOf('=');
    if (equals > 0 && option.value.slice(0, equals).toLowerCase() === key.toLowerCase()) value = option.value.slice(equals + 1);
  }
  return value;
}

const APK_SYNTAX: OptionSyntax = {
  shortWithValue: 'tXp',
  longWithValue: [
    'virtual', 'repository', 'root', 'arch', 'keys-dir', 'cache-dir', 'repositories-file', 'cache-max-age',
    'timeout',
  ],
};

const APK_ADD: ReadonlySet<string> = new Set(['add']);

/** `apk add …` commands (global options may come before `add`). */
export const apkAdds = cachedFinder(isProgramIn('apk'), (script, env): SubcommandInvocation[] =>
  withSubcommand(invocations(script, env, ['apk'], APK_SYNTAX), APK_ADD),
);

/** `name=1.2`, `name~1.2`, `name>=1.2`, `name<2`; `.apk` files are local. */
export function isApkPackagePinned(spec: string): boolean {
  return /[=~<>]/.test(spec) || spec.endsWith('.apk');
}

const PIP_PROGRAM = /^pip(?:\d+(?:\.\d+)*)?$/;
const PYTHON_PROGRAM = /^python(?:\d+(?:\.\d+)*)?$/;

const PIP_SYNTAX: OptionSyntax = {
  shortWithValue: 'rceitfbC',
  longWithValue: [
    'requirement', 'constraint', 'editable', 'target', 'platform', 'python-version', 'implementation', 'abi', 'root',
    'prefix', 'src', 'upgrade-strategy', 'progress-bar', 'root-user-action', 'report', 'index-url',
    'extra-index-url', 'find-links', 'global-option', 'install-option', 'config-settings', 'build', 'no-binary',
    'only-binary', 'trusted-host', 'proxy', 'retries', 'timeout', 'exists-action', 'cert', 'client-cert',
    'cache-dir', 'log', 'python', 'use-feature', 'use-deprecated', 'keyring-provider', 'group',
  ],
};

const PIPX_SYNTAX: OptionSyntax = {
  longWithValue: ['python', 'pip-args', 'suffix', 'index-url', 'spec', 'preinstall', 'backend'],
};

const PYTHON_OPTIONS_WITH_VALUE = new Set(['W', 'X']);

export interface PipInstall extends SubcommandInvocation {
  tool: 'pip' | 'pipx';
}

/** The index of the first pip argument in `python -m pip …`, or null when the command is not that. */
function pythonModulePip(command: SimpleCommand): number | null {
  const words = command.words;
  for (let index = 1; index < words.length; index++) {
    const text = (words[index] as ShellWord).value;
    if (text === '-m') return PIP_PROGRAM.test(words[index + 1]?.value ?? '') ? index + 2 : null;
    if (text.startsWith('-m')) return PIP_PROGRAM.test(text.slice(2)) ? index + 1 : null;
    if (!isOptionText(text) || text === '-c') return null;
    if (PYTHON_OPTIONS_WITH_VALUE.has(text.slice(1))) index++;
  }
  return null;
}

/** The programs findPipInstalls reads: pip itself, pipx, and Python (for `-m pip`). */
const isPipProgram = (name: string): boolean => PIP_PROGRAM.test(name) || name === 'pipx' || PYTHON_PROGRAM.test(name);

/** `pip install`, `pip3 install`, `python3 -m pip install` and `pipx install` (never pipenv). */
export const pipInstalls = cachedFinder(isPipProgram, findPipInstalls);

function findPipInstalls(script: ShellScript, env: BuildEnv): PipInstall[] {
  const found: PipInstall[] = [];
  for (const command of script.commands) {
    const name = programName(command);
    if (name === null) continue;
    let invocation: Invocation | null = null;
    let tool: PipInstall['tool'] = 'pip';
    if (PIP_PROGRAM.test(name)) invocation = invocationFrom(command, argumentTokens(command, env), PIP_SYNTAX);
    else if (name === 'pipx') {
      invocation = invocationFrom(command, argumentTokens(command, env), PIPX_SYNTAX);
      tool = 'pipx';
    } else if (PYTHON_PROGRAM.test(name)) {
      const start = pythonModulePip(command);
      if (start !== null) invocation = invocationFrom(command, argumentTokens(command, env, start), PIP_SYNTAX);
    }
    if (invocation === null) continue;
    for (const install of withSubcommand([invocation], INSTALL)) found.push({ ...install, tool });
  }
  return found;
}

const PIP_VERSION_OPERATOR = /[=<>]/;
const PIP_LOCAL_ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/;
const PIP_VCS = /^(?:git|hg|svn|bzr)\+[a-z]+:\/\//;

/**
 * A version specifier (`==`, `>=`, `~=`, `!=`, `<`, …), a VCS URL with an `@ref`, or something
 * local (a path, `.`, a URL or an archive file).
 */
export function isPipRequirementPinned(spec: string): boolean {
  const direct = /^[A-Za-z0-9][\w.-]*(?:\[[^\]]*\])?\s*@\s*(\S+)$/.exec(spec);
  const target = direct !== null ? (direct[1] as string) : spec;
  if (PIP_VCS.test(target)) {
    const withoutFragment = target.replace(/#.*$/, '');
    const afterScheme = withoutFragment.slice(withoutFragment.indexOf('://') + 3);
    const path = afterScheme.slice(Math.max(afterScheme.indexOf('/'), 0));
    return path.includes('@');
  }
  if (direct !== null) return true;
  return PIP_VERSION_OPERATOR.test(spec) || spec.startsWith('.') || spec.includes('/') || PIP_LOCAL_ARCHIVE.test(spec);
}

const NPM_INSTALL_ALIASES = new Set([
  'install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add',
]);

const NPM_SYNTAX: OptionSyntax = {
  shortWithValue: 'wC',
  longWithValue: [
    'loglevel', 'registry', 'prefix', 'cache', 'userconfig', 'globalconfig', 'tag', 'workspace', 'omit', 'include',
    'location', 'install-strategy', 'before', 'fetch-retries', 'fetch-timeout',
  ],
};

/** `npm install …` and its aliases (`npm i`, `npm add`, …). */
export const npmInstalls = cachedFinder(isProgramIn('npm'), (script, env): SubcommandInvocation[] =>
  withSubcommand(invocations(script, env, ['npm'], NPM_SYNTAX), NPM_INSTALL_ALIASES),
);

const NPM_TARBALL = /\.(?:tar|tar\.gz|tgz)$/;
const NPM_LOCAL = /^(?:\/|\.\.?(?:\/|$)|~\/|file:)/;
const NPM_GIT = /^(?:git(?:\+[a-z]+)?:\/\/|(?:github|gitlab|bitbucket|gist):|https?:\/\/)/;

/** `name@version`, `@scope/name@version`, a git URL with `#ref`, a tarball or a local folder. */
export function isNpmPackagePinned(spec: string): boolean {
  if (NPM_TARBALL.test(spec) || NPM_LOCAL.test(spec)) return true;
  if (NPM_GIT.test(spec)) return spec.includes('#');
  if (!spec.startsWith('@') && spec.includes('/')) return spec.includes('#') || spec.includes('@');
  return spec.indexOf('@', 1) > 0;
}

const YARN_SYNTAX: OptionSyntax = {
  longWithValue: ['cwd', 'cache-folder', 'modules-folder', 'network-timeout', 'mutex', 'registry', 'global-folder', 'link-folder'],
};

/** Every `yarn` command (any subcommand). */
export function yarnInvocations(script: ShellScript, env: BuildEnv): readonly Invocation[] {
  return invocations(script, env, ['yarn'], YARN_SYNTAX);
}

const GEM_SYNTAX: OptionSyntax = {
  shortWithValue: 'vinsPg',
  longWithValue: [
    'version', 'platform', 'install-dir', 'bindir', 'build-root', 'source', 'trust-policy', 'file', 'config-file',
    'bulk-threshold', 'target-rbconfig',
  ],
  knownBooleans: [
    'no-document', 'document', 'no-ri', 'no-rdoc', 'ri', 'rdoc', 'user-install', 'no-user-install', 'force',
    'no-force', 'local', 'remote', 'both', 'conservative', 'minimal-deps', 'prerelease', 'no-prerelease',
    'ignore-dependencies', 'development', 'development-all', 'env-shebang', 'no-env-shebang', 'wrappers',
    'no-wrappers', 'lock', 'no-lock', 'suggestions', 'no-suggestions', 'default', 'explain', 'post-install-message',
    'no-post-install-message', 'quiet', 'verbose', 'no-verbose', 'norc', 'clear-sources', 'update-sources',
    'no-update-sources', 'backtrace', 'debug', 'silent', 'vendor', 'no-vendor', 'format-executable',
    'no-format-executable', 'no-http-proxy', 'http-proxy',
  ],
};

const GEM_INSTALL: ReadonlySet<string> = new Set(['install', 'i']);

/** `gem install …` and `gem i …`. Arguments after `--` are build options, not gems. */
export const gemInstalls = cachedFinder(isProgramIn('gem'), (script, env): SubcommandInvocation[] =>
  withSubcommand(invocations(script, env, ['gem'], GEM_SYNTAX), GEM_INSTALL),
);

/** `name:version`, or a local `.gem` file or path. */
export function isGemPinned(spec: string): boolean {
  return spec.includes(':') || spec.endsWith('.gem') || spec.includes('/');
}

const GO_SUBCOMMANDS: ReadonlySet<string> = new Set(['install', 'get', 'run']);

const GO_SYNTAX: OptionSyntax = {
  singleDashNames: true,
  longWithValue: [
    'C', 'o', 'p', 'tags', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'mod', 'modfile', 'overlay', 'pgo',
    'pkgdir', 'toolexec', 'buildmode', 'compiler', 'installsuffix', 'coverpkg', 'covermode', 'exec',
    'debug-actiongraph', 'debug-runtime-trace', 'debug-trace',
  ],
};

export interface GoInvocation extends SubcommandInvocation {
  /** The module or package arguments (for `go run`, only the first: the rest go to the program). */
  packages: Token[];
}

/** `go install`, `go get` and `go run`. */
export const goInvocations = cachedFinder(isProgramIn('go'), findGoInvocations);

function findGoInvocations(script: ShellScript, env: BuildEnv): GoInvocation[] {
  const found: GoInvocation[] = [];
  for (const command of script.commands) {
    if (programName(command) !== 'go') continue;
    const tokens = argumentTokens(command, env);
    const subcommand = tokens[0];
    if (subcommand === undefined || !GO_SUBCOMMANDS.has(subcommand.text)) continue;
    const parsed =
      subcommand.text === 'run' ? parseGoRun(tokens.slice(1)) : parseArguments(tokens.slice(1), GO_SYNTAX);
    const packages = subcommand.text === 'run' ? parsed.positionals.slice(0, 1) : parsed.positionals;
    found.push({
      command,
      program: command.words[0] as ShellWord,
      subcommand,
      options: parsed.options,
      operands: parsed.positionals,
      afterDoubleDash: parsed.afterDoubleDash,
      packages,
    });
  }
  return found;
}

/** `go run` stops reading its own flags at the package: what follows belongs to the program. */
function parseGoRun(tokens: Token[]): ReturnType<typeof parseArguments> {
  const valued = new Set(GO_SYNTAX.longWithValue);
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (token.unknown || !isOptionText(token.text)) break;
    index += valued.has(token.text.replace(/^--?/, '')) ? 2 : 1;
  }
  const own = parseArguments(tokens.slice(0, index), GO_SYNTAX);
  return { options: own.options, positionals: tokens.slice(index), afterDoubleDash: [] };
}

const GO_MOVING_VERSIONS = new Set(['latest', 'none']);

/** `module@version` with a version other than `latest`/`none`; local paths and `.go` files need none. */
export function isGoPackagePinned(spec: string): boolean {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.endsWith('.go')) return true;
  const at = spec.lastIndexOf('@');
  return at >= 0 && !GO_MOVING_VERSIONS.has(spec.slice(at + 1));
}

const VARIABLE_REFERENCE = /\$\{[^}]*\}|\$(?:[A-Za-z_]\w*|[0-9@*#?$!-])/g;

/**
 * Whether a token can be judged as a package spec: a known value, or a name with an unknown part
 * such as `postgresql-${PG_MAJOR}`. A bare `$PKGS` or a command substitution may hold anything.
 */
function judgeable(token: Token): boolean {
  if (!token.unknown) return true;
  if (/\$\(|`|<\(/.test(token.word.raw)) return false;
  return token.word.raw.replace(VARIABLE_REFERENCE, '').replace(/["'\\]/g, '') !== '';
}

/** Tokens that name a package and are not pinned. */
export function unpinnedTokens(tokens: readonly Token[], isPinned: (spec: string) => boolean): Token[] {
  return tokens.filter((token) => judgeable(token) && !isOptionText(token.text) && !isPinned(token.text));
}

/**
 * A script of a RUN. `exec` marks an exec-form RUN (`RUN ["apt-get", "install", "curl"]`) read as
 * one command, the way hadolint reads it: no shell, so no expansion, and edits stay JSON.
 */
export interface PackageScript extends RunScript {
  exec: boolean;
}

/** A RUN (an ONBUILD trigger included) with the scripts it runs. */
export interface RunWithScripts {
  instruction: Instruction;
  scripts: PackageScript[];
  env: BuildEnv;
}

/**
 * The ENV and ARG values a RUN sees. Outside any stage (a fragment without FROM, which hadolint
 * lints as one stage) the model tracks nothing, so earlier ENV and ARG values are collected here.
 */
export function buildEnvOf(context: RuleContext, instruction: Instruction): BuildEnv {
  const inScope = context.model.contextOf(instruction);
  if (inScope.stage !== null) return inScope.env;
  const owner = instruction.parent ?? instruction;
  const env = new Map(inScope.env);
  for (const earlier of context.syntax.instructions) {
    if (earlier === owner) break;
    const details = earlier.details;
    if (details.kind === 'ENV') {
      for (const pair of details.pairs) if (pair.value !== null) env.set(pair.key.raw, expandWord(pair.value.raw, env).value);
    } else if (details.kind === 'ARG') {
      for (const arg of details.args) {
        const name = arg.name.raw;
        const fallback = arg.defaultValue === null ? undefined : expandWord(arg.defaultValue.raw, env).value;
        const value = Object.hasOwn(context.buildArgs, name) ? context.buildArgs[name] : fallback;
        if (value !== undefined) env.set(name, value);
      }
    }
  }
  return env;
}

/** The exec-form arguments as one command over a virtual text: the JSON strings joined by spaces. */
function execFormScript(instruction: Instruction): PackageScript | null {
  const details = instruction.details;
  if (details.kind !== 'RUN' || details.form !== 'exec' || details.args.length === 0) return null;
  let text = '';
  const words: ShellWord[] = [];
  const map: SourceMap = { joinedStarts: [], sourceStarts: [] };
  for (const arg of details.args) {
    if (text !== '') text += ' ';
    map.joinedStarts.push(text.length);
    map.sourceStarts.push(arg.start);
    const start = text.length;
    words.push({ raw: arg.raw, value: arg.value, start, end: start + arg.raw.length, dynamic: false, quoted: true });
    text += arg.raw;
  }
  const command: SimpleCommand = { kind: 'command', assignments: [], words, redirects: [], start: 0, end: text.length, depth: 0 };
  const script: ShellScript = { commands: [command], operators: [], hasPipe: false, errors: [] };
  return { script, source: { text, map }, origin: 'body', exec: true };
}

/** Shared by every package rule of an analysis (read-only), so each RUN is prepared once. */
export const runWithScripts = perAnalysis((context: RuleContext, instruction: Instruction): RunWithScripts => {
  const exec = execFormScript(instruction);
  // Fields written out: spreading each script into a new object is slow on a hot path.
  const scripts =
    exec === null
      ? context.runScripts(instruction).map(({ script, source, origin }) => ({ script, source, origin, exec: false }))
      : [exec];
  return { instruction, scripts, env: buildEnvOf(context, instruction) };
});

/**
 * Folds `step` over each image's instructions in file order and returns the state just before
 * every instruction (an ONBUILD trigger gets its ONBUILD's). A stage built FROM another stage
 * starts from that stage's final state, any other stage from `initial`; linear in the file size.
 */
export function stateBeforeEach<S>(
  context: RuleContext,
  initial: S,
  step: (state: S, instruction: Instruction) => S,
): Map<Instruction, S> {
  const model = context.model;
  const before = new Map<Instruction, S>();
  const finalStates: S[] = [];
  let state = initial;
  let stage: number | null = null;
  for (const instruction of context.syntax.instructions) {
    if (instruction.details.kind === 'FROM') {
      if (stage !== null) finalStates[stage] = state;
      stage = model.contextOf(instruction).stage;
      const parent = stage === null ? null : (model.stages[stage]?.parent ?? null);
      state = parent === null ? initial : (finalStates[parent] ?? initial);
    }
    before.set(instruction, state);
    if (instruction.details.kind === 'ONBUILD' && instruction.details.trigger !== null) before.set(instruction.details.trigger, state);
    state = step(state, instruction);
  }
  return before;
}

/** Every RUN of the file, ONBUILD triggers included, with its scripts and build-time env. */
export const runsWithScripts = oncePerAnalysis((context: RuleContext): RunWithScripts[] =>
  context.allInstructions
    .filter((instruction) => instruction.details.kind === 'RUN')
    .map((instruction) => runWithScripts(context, instruction)),
);

/** An invocation together with the script it was found in. */
export interface Found<T> {
  script: PackageScript;
  invocation: T;
}

/** Applies a finder to every script of a RUN, in the order the scripts run. */
export function findInRun<T>(run: RunWithScripts, finder: (script: ShellScript, env: BuildEnv) => readonly T[]): Found<T>[] {
  // Plain loops: this runs for every RUN in many rules, and flatMap is slow.
  const found: Found<T>[] = [];
  for (const script of run.scripts) for (const invocation of finder(script.script, run.env)) found.push({ script, invocation });
  return found;
}

/** Larger than any script: keeps every offset of a script below the next script's first one. */
const SCRIPT_STRIDE = 1e9;

/** A sort key for a command across the scripts of one RUN: the scripts run in order, then by offset. */
export function positionInRun(scriptIndex: number, command: SimpleCommand): number {
  return scriptIndex * SCRIPT_STRIDE + command.start;
}

/** Source offsets of a shell word. */
export function wordSpan(context: RuleContext, script: RunScript, word: ShellWord): { start: number; end: number } {
  return context.scriptSpan(script, word.start, word.end);
}

/** Source offsets from the program to its subcommand (`apt-get -y install`), where findings about the command go. */
export function commandHeadSpan(
  context: RuleContext,
  script: RunScript,
  invocation: SubcommandInvocation,
): { start: number; end: number } {
  return {
    start: wordSpan(context, script, invocation.program).start,
    end: wordSpan(context, script, invocation.subcommand.word).end,
  };
}

/** An edit adding an argument right after a word (`-y` after `install`), as shell text or a JSON element. */
export function insertArgumentAfter(context: RuleContext, script: PackageScript, word: ShellWord, argument: string): TextEdit {
  const end = wordSpan(context, script, word).end;
  return { start: end, end, text: script.exec ? `, ${JSON.stringify(argument)}` : ` ${argument}` };
}

/** One fix adding `option` right after the subcommand of every listed command (`apt-get install -y`). */
export function addOptionFix(
  context: RuleContext,
  found: readonly Found<SubcommandInvocation>[],
  option: string,
  safety: Fix['safety'],
): Fix {
  return {
    title: `Add \`${option}\``,
    safety,
    edits: found.map(({ script, invocation }) => insertArgumentAfter(context, script, invocation.subcommand.word, option)),
  };
}

/** An edit replacing a word by one or more plain arguments. */
export function replaceWord(context: RuleContext, script: PackageScript, word: ShellWord, argumentsText: readonly string[]): TextEdit {
  const text = script.exec ? argumentsText.map((argument) => JSON.stringify(argument)).join(', ') : argumentsText.join(' ');
  return { ...wordSpan(context, script, word), text };
}

/** The expanded targets of `--mount=type=cache` and `type=tmpfs` on a RUN (shared: read-only). */
export const cacheMountTargets = perModel((model: SemanticModel, instruction: Instruction): readonly string[] => {
  const targets: string[] = [];
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || flag.options === null) continue;
    const option = (key: string): string | null => flag.options?.find((candidate) => candidate.key === key)?.value ?? null;
    const type = option('type');
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = option('target') ?? option('dst') ?? option('destination');
    if (target === null) continue;
    targets.push(model.expand(instruction, target).value.replace(/\/+$/, ''));
  }
  return targets;
});

/**
 * Whether what a RUN leaves in a stage can reach a built image: the stage is the last one, a
 * later stage builds FROM it, or the RUN is an ONBUILD trigger (it runs in someone's image).
 */
export function layerReachesImage(model: SemanticModel, instruction: Instruction): boolean {
  if (instruction.parent !== null) return true;
  const stage = model.contextOf(instruction).stage;
  return stage === null || stageReachesImage(model, stage);
}

/** Per stage, not per RUN. */
const stageReachesImage = perModel((model: SemanticModel, stage: number): boolean => {
  if (stage === model.stages.length - 1) return true;
  const { parents, variableFroms } = stageReferences(model);
  const name = model.stages[stage]?.name ?? null;
  return parents.has(stage) || (name !== null && variableFroms.some((pattern) => pattern.test(name)));
});

/** The stages some stage builds FROM, and what each FROM written with variables may name. */
const stageReferences = oncePerModel((model: SemanticModel): { parents: ReadonlySet<number>; variableFroms: readonly RegExp[] } => {
  const parents = new Set<number>();
  const variableFroms: RegExp[] = [];
  for (const stage of model.stages) {
    if (stage.parent !== null) parents.add(stage.parent);
    const pattern = namesPattern(stage.base.raw);
    if (pattern !== null) variableFroms.push(pattern);
  }
  return { parents, variableFroms };
});

/**
 * The stage names a FROM written with variables (`base-${TARGETARCH}`) could name for some
 * platform or build argument: the model resolves it for one platform only. A reference that is
 * nothing but a variable (`FROM ${FLAVOR}`) could name anything, so it proves nothing (null).
 */
function namesPattern(reference: string): RegExp | null {
  if (!reference.includes('$')) return null;
  const literals = reference.split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/);
  if (literals.join('') === '') return null;
  const pattern = literals
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/:@]*');
  return new RegExp(`^${pattern}$`, 'i');
}

/**
 * The position just past the last character of a script, where a command can be appended, and
 * the separator to put before it; null when appending is not plainly safe (a trailing comment,
 * a background `&`, a dangling operator).
 */
export function scriptAppendPoint(
  context: RuleContext,
  script: RunScript | PackageScript,
): { offset: number; separator: string } | null {
  if ('exec' in script && script.exec) return null;
  const text = script.source.text;
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed === '' || script.script.errors.length > 0) return null;
  const offset = context.scriptSpan(script, trimmed.length - 1, trimmed.length).end;
  if (script.origin === 'heredoc') return { offset, separator: '\n' };
  const lastCommandEnd = Math.max(...script.script.commands.map((command) => command.end), 0);
  if (text.slice(lastCommandEnd).includes('#')) return null;
  if (/(?:&&|\|\||\||\\)$/.test(trimmed) || /(?:^|[^&])&$/.test(trimmed)) return null;
  return { offset, separator: trimmed.endsWith(';') ? ' ' : ' && ' };
}

const LISTED_NAMES = 5;

/** `` `curl`, `git` `` — at most a few names, then how many more. */
export function formatNames(tokens: readonly Token[]): string {
  const names = [...new Set(tokens.map((token) => token.text))];
  const shown = names.slice(0, LISTED_NAMES).map((name) => `\`${name}\``).join(', ');
  return names.length > LISTED_NAMES ? `${shown} and ${names.length - LISTED_NAMES} more` : shown;
}

export interface UnpinnedCheck<T extends Invocation> {
  find(script: ShellScript, env: BuildEnv): readonly T[];
  isPinned(spec: string): boolean;
  /** The tokens that name packages; the operands by default. */
  packagesOf?(invocation: T, instruction: Instruction): Token[];
  /** Invocations pinned by other means (`gem install -v`, `pip install --constraint`). */
  exempt?(invocation: T): boolean;
  /** Extra message data taken from the first offending invocation. */
  data?(invocation: T): MessageData;
}

/**
 * Reports message `unpinned` once per RUN that installs unpinned packages (hadolint counts one
 * per instruction), at the first such package, listing all of them in `{packages}`.
 */
export function reportUnpinned<T extends Invocation>(context: RuleContext, check: UnpinnedCheck<T>): void {
  for (const run of runsWithScripts(context)) {
    // Loops rather than a filter/flatMap chain: this runs for every RUN in six rules, and most RUNs have nothing unpinned.
    let first: { script: PackageScript; invocation: T; token: Token } | null = null;
    const tokens: Token[] = [];
    for (const script of run.scripts) {
      for (const invocation of check.find(script.script, run.env)) {
        if (check.exempt?.(invocation) === true) continue;
        for (const token of unpinnedTokens(check.packagesOf?.(invocation, run.instruction) ?? invocation.operands, check.isPinned)) {
          first ??= { script, invocation, token };
          tokens.push(token);
        }
      }
    }
    if (first === null) continue;
    context.report({
      messageId: 'unpinned',
      data: { ...check.data?.(first.invocation), packages: formatNames(tokens) },
      instruction: run.instruction,
      at: wordSpan(context, first.script, first.token.word),
    });
  }
}
