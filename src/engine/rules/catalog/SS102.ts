import { memoizeByText } from '../../estimate/text-memo.js';
import type { Instruction } from '../../syntax/types.js';
import {
  basename,
  commandLabel,
  copyPaths,
  isInstall,
  isRefresh,
  isRemoval,
  MOUNT_TARGET_KEYS,
  optionValues,
  packageCommands,
  packageName,
  pathText,
  positionalWords,
  resolvePath,
  runCommands,
  toolCommand,
  type PackageCommand,
  type RunCommand,
} from '../helpers/stage-facts.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

/** Something an instruction left in its layer that a later RUN may delete. */
interface Created {
  path: string;
  /** Its contents count too (`rm -rf /var/lib/apt/lists/*` removes what `apt-get update` made). */
  directory: boolean;
  what: string;
  line: number;
}

interface Installed {
  manager: string;
  name: string;
  line: number;
}

interface LayerState {
  /** By path, in the order they were created. */
  files: Map<string, Created>;
  /** By `packageKey`, in the order they were installed. */
  packages: Map<string, Installed>;
}

function packageKey(manager: string, name: string): string {
  return `${manager} ${name}`;
}

/** Files worth tracking when a COPY or ADD brings them in: archives and packages, not scripts. */
const BULKY_FILE = /\.(?:tar|tgz|tbz2?|txz|gz|bz2|xz|zst|zip|7z|rar|deb|rpm|apk|whl|jar|war|ear|run|bin|iso|img|msi)$/i;
const ROOT_HOME = '/root';

const CACHE_OF_TOOL: Readonly<Record<string, { path: string; what: string }>> = {
  pip: { path: `${ROOT_HOME}/.cache/pip`, what: 'the pip download cache' },
  npm: { path: `${ROOT_HOME}/.npm`, what: 'the npm cache' },
};

export const rule: Rule = {
  meta: {
    code: 'SS102',
    name: 'deleted-in-later-layer',
    severity: 'warning',
    category: 'size',
    refs: ['shipshape:SS102'],
    enabledByDefault: true,
    description: 'A later RUN deletes files an earlier instruction created: they still take space in the image.',
    fix: 'none',
    messages: {
      file: '`{path}` deletes what line {line} created ({what}): a later RUN cannot make the image smaller; clean up in the RUN that creates it',
      cleaned: '`{path}` clears what line {line} created ({what}): a later RUN cannot make the image smaller; clean up in the RUN that creates it',
      package: '`{name}` was installed on line {line}: removing it in a later RUN does not make the image smaller; install, use and remove it in one RUN, or use a build stage',
    },
  },
  check(context) {
    const finalStates: LayerState[] = [];
    for (const stage of context.model.stages) {
      const inherited = stage.parent === null ? undefined : finalStates[stage.parent];
      const state: LayerState = { files: new Map(inherited?.files), packages: new Map(inherited?.packages) };
      for (const instruction of stage.instructions) {
        if (instruction.details.kind === 'RUN') runLayer(context, instruction, state);
        else addNew(state.files, copiedFiles(context, instruction), (created) => created.path);
      }
      finalStates[stage.index] = state;
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Every instruction adds a layer on top of the previous ones, and a deletion only hides a file in the layers above: the package lists, caches, downloaded archives or build packages stay in the layer that created them and are pulled with the image. ' +
    'Clean up in the same RUN that creates the files, download and extract in one step, or do the messy work in a build stage and copy out only the result.',
  examples: {
    bad: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      'FROM alpine:3.20\nWORKDIR /tmp\nRUN wget https://example.com/tool.tar.gz\nRUN tar -xzf tool.tar.gz -C /opt && rm tool.tar.gz\n',
    ],
    good: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      'FROM alpine:3.20\nRUN wget -O /tmp/tool.tar.gz https://example.com/tool.tar.gz && tar -xzf /tmp/tool.tar.gz -C /opt && rm /tmp/tool.tar.gz\n',
    ],
  },
};

function copiedFiles(context: RuleContext, instruction: Instruction): Created[] {
  const { sources, destination } = copyPaths(instruction);
  if (destination === null || sources.length === 0) return [];
  const isAdd = instruction.details.kind === 'ADD';
  const workdir = context.model.contextOf(instruction).workdir ?? '/';
  const destinationText = pathText(destination);
  const created: Created[] = [];
  for (const source of sources) {
    const text = pathText(source);
    const remote = /^https?:\/\//.test(text);
    // ADD unpacks local archives, so the archive itself never lands in the layer.
    if (text.includes('$') || /[*?[]/.test(text) || (!remote && (!BULKY_FILE.test(text) || isAdd))) continue;
    const name = basename(remote ? text.replace(/[?#].*$/, '') : text);
    const intoDirectory = destinationText.endsWith('/') || sources.length > 1 || (!basename(destinationText).includes('.') && name.includes('.'));
    const path = resolvePath(workdir, intoDirectory ? `${destinationText}/${name}` : destinationText);
    created.push({ path, directory: false, what: `${instruction.details.kind === 'ADD' ? 'added' : 'copied'} by ${instruction.keyword}`, line: instruction.startLine });
  }
  return created;
}

/** Mount targets keep whatever is written under them out of the layer. */
function mountTargets(context: RuleContext, instruction: Instruction, workdir: string): string[] {
  if (instruction.flags.length === 0) return [];
  return instruction.flags
    .filter((flag) => flag.name === 'mount')
    .flatMap((flag) => flag.options?.filter((option) => MOUNT_TARGET_KEYS.has(option.key)).map((option) => option.value ?? '') ?? [])
    .filter((target) => target !== '')
    .map((target) => resolvePath(workdir, context.model.expand(instruction, target).value));
}

function runLayer(context: RuleContext, instruction: Instruction, state: LayerState): void {
  const scope = context.model.contextOf(instruction);
  const startDirectory = scope.workdir ?? '/';
  const asRoot = scope.user === null || /^(?:root|0)(?::|$)/.test(scope.user);
  const pipCacheOff = scope.env.has('PIP_NO_CACHE_DIR');
  const mounts = mountTargets(context, instruction, startDirectory);
  const local: Created[] = [];
  const localPackages: Installed[] = [];
  const removedFiles = new Set<Created>();
  const removedPackages = new Set<Installed>();
  const packages = new Map<RunCommand['command'], PackageCommand>(packageCommands(context, instruction).map((command) => [command.command, command]));
  let directory = startDirectory;
  const line = instruction.startLine;
  const create = (path: string, isDirectory: boolean, what: string) => {
    if (mounts.some((mount) => path === mount || path.startsWith(`${mount}/`))) return;
    local.push({ path, directory: isDirectory, what, line });
  };
  /** Directories made here only shield their own removal in this RUN: empty, they cost nothing later. */
  const scratchDirectories: string[] = [];

  for (const run of runCommands(context, instruction)) {
    const words = run.argv.map((word) => word.value);
    if (run.program === 'cd' && run.command.depth === 0 && run.argv[1] !== undefined && !run.argv[1].dynamic) {
      directory = resolvePath(directory, run.argv[1].value);
      continue;
    }
    const manager = packages.get(run.command);
    if (manager !== undefined) {
      if (manager.manager === 'apt' && isRefresh(manager)) create('/var/lib/apt/lists', true, 'the apt package lists');
      if (manager.manager === 'apk' && (isRefresh(manager) || (isInstall(manager) && !words.includes('--no-cache')))) {
        create('/var/cache/apk', true, 'the apk index cache');
      }
      if ((manager.manager === 'dnf' || manager.manager === 'yum') && (isInstall(manager) || isRefresh(manager))) {
        create(`/var/cache/${manager.manager}`, true, `the ${manager.manager} cache`);
      }
      if (isInstall(manager)) {
        const virtual = optionValues(words, ['--virtual', '-t']);
        for (const name of [...virtual, ...manager.operands.filter((word) => !word.dynamic).map((word) => packageName(word.value))]) {
          localPackages.push({ manager: manager.manager, name, line });
        }
      }
      if (isRemoval(manager)) {
        for (const operand of manager.operands) {
          const earlier = state.packages.get(packageKey(manager.manager, packageName(operand.value)));
          const here = localPackages.some((installed) => installed.manager === manager.manager && installed.name === packageName(operand.value));
          if (earlier === undefined || here || operand.dynamic) continue;
          removedPackages.add(earlier);
          context.report({
            messageId: 'package',
            data: { name: operand.value, line: earlier.line },
            instruction,
            at: context.scriptSpan(run.script, operand.start, operand.end),
          });
        }
      }
      if (['dnf', 'yum'].includes(manager.manager) && manager.verb === 'clean') removeAt(`/var/cache/${manager.manager}`, run, run.command, commandLabel(run), 'cleaned');
      continue;
    }
    const tool = toolCommand(context, run);
    if (tool !== null && asRoot && tool.kind === 'dependencies') {
      const cache = CACHE_OF_TOOL[tool.ecosystem];
      const disabled = tool.ecosystem === 'pip' && (pipCacheOff || words.includes('--no-cache-dir'));
      if (cache !== undefined && !disabled) create(cache.path, true, cache.what);
    }
    if (run.program === 'curl') {
      for (const output of optionValues(words, ['-o', '--output'])) if (output !== '-' && !output.includes('$')) create(resolvePath(directory, output), false, 'downloaded by curl');
      if (words.some((word) => word === '-O' || word === '--remote-name' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(word))) {
        const url = words.slice(1).find((word) => /^https?:\/\//.test(word));
        if (url !== undefined) create(resolvePath(directory, basename(url.replace(/[?#].*$/, ''))), false, 'downloaded by curl');
      }
    }
    if (run.program === 'wget') {
      const outputs = optionValues(words, ['-O', '--output-document']);
      const prefix = optionValues(words, ['-P', '--directory-prefix'])[0];
      const urls = words.slice(1).filter((word) => /^(?:https?|ftp):\/\//.test(word));
      if (outputs.length > 0) {
        for (const output of outputs) if (output !== '-' && !output.includes('$')) create(resolvePath(directory, output), false, 'downloaded by wget');
      } else if (!words.some((word) => /^-[a-zA-Z]*O-$/.test(word))) {
        for (const url of urls) create(resolvePath(resolvePath(directory, prefix ?? '.'), basename(url.replace(/[?#].*$/, ''))), false, 'downloaded by wget');
      }
    }
    if (run.program === 'mkdir') {
      for (const word of positionalWords(run.argv.slice(1), new Set(['-m', '--mode']))) if (!word.dynamic) scratchDirectories.push(resolvePath(directory, word.value));
    }
    if (run.program === 'git' && words[1] === 'clone') {
      const [url, target] = positionalWords(run.argv.slice(2), new Set(['-b', '--branch', '--depth', '-o', '--origin', '-c', '--config', '--reference'])).map((word) => word.value);
      if (url !== undefined && !`${url}${target ?? ''}`.includes('$')) {
        create(resolvePath(directory, target ?? basename(url).replace(/\.git$/, '')), false, 'cloned by git');
      }
    }
    if (run.program === 'pip' && words[1] === 'cache' && words[2] === 'purge') removeAt(CACHE_OF_TOOL.pip!.path, run, run.command, commandLabel(run), 'cleaned');
    if (run.program === 'npm' && words[1] === 'cache' && words[2] === 'clean') removeAt(CACHE_OF_TOOL.npm!.path, run, run.command, commandLabel(run), 'cleaned');
    if (run.program === 'rm') {
      for (const word of positionalWords(run.argv.slice(1))) {
        if (word.dynamic) continue;
        const value = asRoot ? word.value.replace(/^~(?=\/|$)/, ROOT_HOME) : word.value;
        if (value.startsWith('~')) continue;
        removeAt(resolvePath(directory, value), run, word, word.value, 'file');
      }
    }
  }

  /** Reports `pattern` when it deletes what an earlier instruction left; `span` is the rm operand or the cleaning command. */
  function removeAt(pattern: string, run: RunCommand, span: { start: number; end: number }, shown: string, messageId: 'file' | 'cleaned') {
    if (scratchDirectories.some((made) => pattern === made || pattern.startsWith(`${made}/`))) return;
    const matcher = pathMatcher(pattern);
    const matchesLocal = local.filter((created) => matcher(created));
    for (const created of matchesLocal) local.splice(local.indexOf(created), 1);
    if (matchesLocal.length > 0) return;
    const earlier: Created[] = [];
    for (const created of state.files.values()) if (!removedFiles.has(created) && matcher(created)) earlier.push(created);
    const first = earlier[0];
    if (first === undefined) return;
    for (const created of earlier) removedFiles.add(created);
    context.report({
      messageId,
      data: { path: shown, line: first.line, what: first.what },
      instruction,
      at: context.scriptSpan(run.script, span.start, span.end),
    });
  }

  for (const created of removedFiles) state.files.delete(created.path);
  for (const installed of removedPackages) state.packages.delete(packageKey(installed.manager, installed.name));
  addNew(state.files, local, (created) => created.path);
  addNew(state.packages, localPackages, (installed) => packageKey(installed.manager, installed.name));
}

/** Adds what is new by key; the first instruction that created something is the one to name. */
function addNew<T>(existing: Map<string, T>, added: readonly T[], key: (item: T) => string): void {
  for (const item of added) if (!existing.has(key(item))) existing.set(key(item), item);
}

/** Characters `.` in a RegExp does not match: a created path holding one never matches a pattern's `(?:/.*)?` tail. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * Whether deleting `pattern` (which may hold `*` and `?`) deletes a created file or some of a
 * created directory. The same few patterns (`/var/lib/apt/lists/*`) come back in RUN after RUN.
 */
const pathMatcher = memoizeByText((pattern: string): ((created: Created) => boolean) => {
  if (pattern === '/') return () => false;
  const literalPrefix = pattern.split(/[*?]/)[0] ?? '';
  const inCreatedDirectory = (created: Created) => created.directory && literalPrefix.startsWith(`${created.path}/`);
  // Most operands are plain paths: compare them as strings rather than compile a RegExp for each.
  if (literalPrefix === pattern) {
    const below = `${pattern}/`;
    return (created) =>
      created.path === pattern ||
      (created.path.startsWith(below) && !LINE_TERMINATOR.test(created.path.slice(below.length))) ||
      inCreatedDirectory(created);
  }
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const whole = new RegExp(`^${source}(?:/.*)?$`);
  return (created) => whole.test(created.path) || inCreatedDirectory(created);
});
