import type { Instruction, JsonString, Word } from '../../syntax/types.js';
import {
  cacheMountTargets,
  copyPaths,
  flagValue,
  pathText,
  resolvePath,
  runCommands,
  toolCommand,
  toolCommands,
  wholeLines,
  type Ecosystem,
  type ToolCommand,
} from '../helpers/stage-facts.js';
import type { Fix, Rule, RuleContext, RuleDocs } from '../types.js';

/** Sources that bring in the whole context or a directory of code. */
const WHOLE_CONTEXT = new Set(['.', './', '*', './*']);
const SOURCE_DIRECTORY = /^(?:\.\/)?(?:src|app|lib|cmd|pkg|internal|source|server|client|web|frontend|backend)\/?$/;

/** Build steps that also download every dependency when nothing did so before them. */
const FETCHING_BUILDS: ReadonlySet<Ecosystem> = new Set(['go', 'cargo', 'maven', 'gradle']);

/** What to do instead, per ecosystem, in the message. */
const ADVICE: Readonly<Record<Ecosystem, string>> = {
  pip: 'copy the requirements files and install them first',
  pipenv: 'copy `Pipfile` and `Pipfile.lock` and install them first',
  poetry: 'copy `pyproject.toml` and `poetry.lock` and run `poetry install --no-root` first',
  uv: 'copy `pyproject.toml` and `uv.lock` and run `uv sync --no-install-project` first',
  npm: 'copy `package.json` and the lockfile and install first',
  yarn: 'copy `package.json` and `yarn.lock` and install first',
  pnpm: 'copy `package.json` and `pnpm-lock.yaml` and install first',
  go: 'copy `go.mod` and `go.sum` and run `go mod download` first',
  bundler: 'copy `Gemfile` and `Gemfile.lock` and run `bundle install` first',
  composer: 'copy `composer.json` and `composer.lock` and run `composer install --no-scripts --no-autoloader` first',
  cargo: 'copy `Cargo.toml` and `Cargo.lock` and build the dependencies first (a stub `main.rs` or cargo-chef)',
  maven: 'copy `pom.xml` and run `mvn dependency:go-offline` first',
  gradle: 'copy the Gradle build files and resolve the dependencies first',
  dotnet: 'copy the project files and run `dotnet restore` first',
};

/** Manifests the fix copies, as globs where the lockfile name varies. */
const FIX_MANIFESTS: Readonly<Partial<Record<Ecosystem, readonly string[]>>> = {
  npm: ['package*.json'],
  yarn: ['package.json', 'yarn.lock'],
  pnpm: ['package.json', 'pnpm-lock.yaml'],
  go: ['go.mod', 'go.sum'],
  bundler: ['Gemfile', 'Gemfile.lock'],
  pipenv: ['Pipfile', 'Pipfile.lock'],
  maven: ['pom.xml'],
};

/** Commands a movable install RUN may also contain: they read nothing from the sources. */
const MOVABLE_EXTRAS = new Set(['set', 'echo', 'true', 'rm']);
const CACHE_CLEANUP = /^(?:npm cache clean|yarn cache clean|pip cache purge|pnpm store prune)/;

/** Instructions that may sit between the COPY and the install: moved up with it, or left alone. */
const MOVED_WITH_INSTALL = new Set(['WORKDIR', 'ENV', 'ARG', 'USER', 'SHELL']);
const LEFT_IN_PLACE = new Set(['LABEL', 'EXPOSE', 'STOPSIGNAL']);

interface BroadCopy {
  instruction: Instruction;
  source: Word | JsonString;
}

function broadCopy(instruction: Instruction): BroadCopy | null {
  const kind = instruction.details.kind;
  if (kind !== 'COPY' && kind !== 'ADD') return null;
  if (flagValue(instruction, 'from') !== null) return null;
  const source = copyPaths(instruction).sources.find((path) => {
    const text = pathText(path);
    return WHOLE_CONTEXT.has(text) || SOURCE_DIRECTORY.test(text);
  });
  return source === undefined ? null : { instruction, source };
}

/** The install commands of a RUN that a code change would rerun needlessly. */
function reinstalls(context: RuleContext, instruction: Instruction, prepared: ReadonlySet<Ecosystem>): ToolCommand[] {
  const cached = cacheMountTargets(instruction).length > 0;
  return toolCommands(context, instruction).filter(
    (tool) => !prepared.has(tool.ecosystem) && (tool.kind === 'dependencies' || (FETCHING_BUILDS.has(tool.ecosystem) && !cached)),
  );
}

export const rule: Rule = {
  meta: {
    code: 'SS101',
    name: 'copy-context-before-dependency-install',
    severity: 'warning',
    category: 'cache',
    refs: ['shipshape:SS101'],
    enabledByDefault: true,
    description: 'Copy the dependency manifests and install before copying the rest of the sources.',
    fix: 'unsafe',
    messages: {
      beforeInstall: '`{copy}` comes before `{install}` (line {line}), so every code change reinstalls the dependencies: {advice}',
      beforeBuild:
        '`{copy}` comes before `{install}` (line {line}) and nothing fetched the dependencies earlier, so every code change downloads them again: {advice}',
    },
  },
  check(context) {
    for (const stage of context.model.stages) {
      const prepared = new Set<Ecosystem>();
      let copy: BroadCopy | null = null;
      for (const instruction of stage.instructions) {
        if (copy === null) {
          copy = broadCopy(instruction);
          if (copy === null) for (const tool of toolCommands(context, instruction)) prepared.add(tool.ecosystem);
          continue;
        }
        if (instruction.details.kind !== 'RUN') continue;
        const install = reinstalls(context, instruction, prepared)[0];
        if (install === undefined) continue;
        const copyText = `${copy.instruction.keyword} ${pathText(copy.source)}`;
        context.report({
          messageId: install.kind === 'dependencies' ? 'beforeInstall' : 'beforeBuild',
          data: { copy: copyText, install: install.label, line: instruction.startLine, advice: ADVICE[install.ecosystem] },
          instruction: copy.instruction,
          at: copy.source,
          fixes: moveInstallFix(context, copy, instruction, stage.instructions),
        });
        break;
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A layer is rebuilt whenever anything it copies changes, and so is every layer after it; when `COPY . .` comes before `npm ci` or `pip install -r requirements.txt`, a one-line code edit reinstalls every dependency. ' +
    'Copying just the manifests (`package.json` and its lockfile, `requirements.txt`, `go.mod`/`go.sum`, …), installing, and only then copying the sources keeps the install cached until the dependencies really change. ' +
    'The fix moves the install up behind a manifest-only COPY; it is marked unsafe because an install script may need more files than the manifests.',
  examples: {
    bad: ['FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "main.py"]\n'],
    good: [
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n',
    ],
  },
};

/**
 * Inserts `COPY <manifests> <dir>` and the install RUN before the broad COPY, taking along the
 * WORKDIR/ENV/ARG/USER/SHELL lines between them so the RUN runs as before.
 */
function moveInstallFix(context: RuleContext, copy: BroadCopy, install: Instruction, stageInstructions: readonly Instruction[]): Fix[] {
  const { model, syntax } = context;
  if (!['.', './'].includes(pathText(copy.source)) || copyPaths(copy.instruction).sources.length !== 1) return [];
  const between = stageInstructions.slice(stageInstructions.indexOf(copy.instruction) + 1, stageInstructions.indexOf(install));
  const moved = between.filter((instruction) => MOVED_WITH_INSTALL.has(instruction.details.kind));
  if (between.some((instruction) => !MOVED_WITH_INSTALL.has(instruction.details.kind) && !LEFT_IN_PLACE.has(instruction.details.kind))) return [];
  const destinationWord = copyPaths(copy.instruction).destination;
  if (destinationWord === null) return [];
  const destinationText = pathText(destinationWord);
  if (moved.length > 0 && copy.instruction.original.includes('$')) return [];
  if (moved.some((instruction) => instruction.details.kind === 'WORKDIR') && !destinationText.startsWith('/')) return [];

  const copyWorkdir = model.contextOf(copy.instruction).workdir;
  const installWorkdir = model.contextOf(install).workdir;
  // Relative paths under the base image's unknown WORKDIR only line up while no WORKDIR intervenes.
  if (copyWorkdir === null && installWorkdir !== null && !destinationText.startsWith('/')) return [];
  const destination = resolvePath(copyWorkdir ?? '/', destinationText);
  const manifests = installManifests(context, install);
  if (manifests === null || manifests.length === 0) return [];

  const byTarget = new Map<string, string[]>();
  for (const manifest of manifests) {
    const relative = relativeTo(resolvePath(installWorkdir ?? '/', manifest), destination);
    if (relative === null) return [];
    // The manifest COPY runs in the RUN's WORKDIR, so the RUN's own spelling of the directory works.
    const target = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/') + 1) : './';
    byTarget.set(target, [...(byTarget.get(target) ?? []), relative]);
  }
  const copyFlags = copy.instruction.flags.filter((flag) => ['chown', 'chmod', 'link'].includes(flag.name)).map((flag) => `${flag.text} `).join('');
  const manifestCopies = [...byTarget].map(([target, paths]) => `COPY ${copyFlags}${paths.join(' ')} ${target}\n`);

  const lines = (instruction: Instruction) => wholeLines(syntax.text, instruction.start, instruction.end);
  const text = (instruction: Instruction) => {
    const span = lines(instruction);
    return syntax.text.slice(span.start, span.end).replace(/\n?$/, '\n');
  };
  const insertAt = lines(copy.instruction).start;
  const inserted = [...moved.map(text), ...manifestCopies, text(install)].join('');
  return [
    {
      title: 'Install from the manifests before copying the sources',
      safety: 'unsafe',
      edits: [{ start: insertAt, end: insertAt, text: inserted }, ...[...moved, install].map((instruction) => ({ ...lines(instruction), text: '' }))],
    },
  ];
}

/** The manifest paths (relative to the RUN's WORKDIR) an install RUN reads, or null when it does more than install. */
function installManifests(context: RuleContext, install: Instruction): string[] | null {
  const manifests: string[] = [];
  for (const run of runCommands(context, install)) {
    if (MOVABLE_EXTRAS.has(run.program) || CACHE_CLEANUP.test(run.argv.map((word) => word.value).join(' '))) continue;
    const tool = toolCommand(context, run);
    if (tool === null || tool.kind !== 'dependencies') return null;
    if (tool.alsoInstalls.length > 0) return null;
    if (tool.ecosystem === 'pip') {
      manifests.push(...tool.manifests);
      continue;
    }
    if (tool.ecosystem === 'dotnet') {
      manifests.push(...(tool.manifests.length > 0 ? tool.manifests : ['*.csproj']));
      continue;
    }
    const fixed = FIX_MANIFESTS[tool.ecosystem];
    if (fixed === undefined) return null;
    manifests.push(...fixed);
  }
  return [...new Set(manifests)];
}

/** `path` relative to `directory` when it lies inside it, else null. */
function relativeTo(path: string, directory: string): string | null {
  if (path === directory) return '.';
  const prefix = directory === '/' ? '/' : `${directory}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : null;
}
