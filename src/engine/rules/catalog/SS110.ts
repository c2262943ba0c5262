import { parseImageReference } from '../../estimate/index.js';
import type { InstructionContext } from '../../model/index.js';
import { perModel } from '../helpers/memo.js';
import {
  cacheMountTargets,
  commandLabel,
  isInstall,
  isRefresh,
  packageCommands,
  rootImage,
  runCommands,
  toolCommand,
  type PackageCommand,
  type RunCommand,
} from '../helpers/stage-facts.js';
import type { Rule, RuleContext, RuleDocs, TextEdit } from '../types.js';

interface CacheNeed {
  run: RunCommand;
  /** Mount options after `type=cache,`. */
  mounts: string[];
  /** Words that switch the cache off, which the mount makes pointless. */
  disablers: RunCommand['argv'];
}

const ROOT = /^(?:root|0)(?::|$)/;

/** `golang` for `golang:1.22-alpine`: the official image whose layout sets a stage's cache paths. */
const baseImageName = perModel((model, stage: number): string | null => {
  const reference = rootImage(model, stage);
  return reference === null ? null : (parseImageReference(reference)?.familiarName ?? null);
});

/**
 * Where a tool keeps its download cache when it runs as root in the usual official `image`;
 * `packages` is the command read as a system package manager call, if it is one.
 */
function cacheFor(
  context: RuleContext,
  run: RunCommand,
  packages: PackageCommand | undefined,
  scope: InstructionContext,
  image: string | null,
  refreshesApt: boolean,
): CacheNeed | null {
  const asRoot = scope.user === null || ROOT.test(scope.user);
  if (packages !== undefined) {
    if (packages.manager !== 'apt' || !isInstall(packages)) return null;
    // A cache mount on /var/lib/apt starts empty and hides the lists an earlier RUN fetched.
    const lists = refreshesApt ? ['target=/var/lib/apt,sharing=locked'] : [];
    return { run, mounts: ['target=/var/cache/apt,sharing=locked', ...lists], disablers: [] };
  }
  const tool = toolCommand(context, run);
  if (tool === null || !asRoot) return null;
  switch (tool.ecosystem) {
    case 'pip': {
      if (scope.env.has('PIP_NO_CACHE_DIR')) return null;
      return { run, mounts: ['target=/root/.cache/pip'], disablers: run.argv.filter((word) => word.value === '--no-cache-dir') };
    }
    case 'uv':
      return { run, mounts: ['target=/root/.cache/uv'], disablers: [] };
    case 'npm':
      return tool.kind === 'dependencies' ? { run, mounts: ['target=/root/.npm'], disablers: [] } : null;
    case 'yarn':
      return tool.kind === 'dependencies' ? { run, mounts: ['target=/usr/local/share/.cache/yarn'], disablers: [] } : null;
    case 'pnpm':
      return tool.kind === 'dependencies' ? { run, mounts: ['target=/root/.local/share/pnpm/store'], disablers: [] } : null;
    case 'go': {
      const modules = scope.env.get('GOMODCACHE') ?? (scope.env.has('GOPATH') ? `${scope.env.get('GOPATH')}/pkg/mod` : image === 'golang' ? '/go/pkg/mod' : null);
      if (tool.kind === 'build') {
        return { run, mounts: [...(modules === null ? [] : [`target=${modules}`]), 'target=/root/.cache/go-build'], disablers: [] };
      }
      return modules === null ? null : { run, mounts: [`target=${modules}`], disablers: [] };
    }
    case 'cargo': {
      const home = scope.env.get('CARGO_HOME') ?? (image === 'rust' ? '/usr/local/cargo' : null);
      return home === null ? null : { run, mounts: [`target=${home}/registry`], disablers: [] };
    }
    case 'maven':
      return { run, mounts: ['target=/root/.m2'], disablers: [] };
    case 'gradle':
      return { run, mounts: ['target=/root/.gradle'], disablers: [] };
    case 'dotnet':
      return tool.kind === 'dependencies' ? { run, mounts: ['target=/root/.nuget/packages'], disablers: [] } : null;
    default:
      return null;
  }
}

export const rule: Rule = {
  meta: {
    code: 'SS110',
    name: 'cache-mount-opportunity',
    severity: 'info',
    category: 'cache',
    refs: ['shipshape:SS110'],
    enabledByDefault: false,
    description: 'Package downloads could use a BuildKit cache mount.',
    fix: 'unsafe',
    messages: { cacheable: '`{command}` starts from an empty cache whenever this layer rebuilds: add `{mounts}` to keep its downloads between builds' },
  },
  check(context) {
    for (const instruction of context.allInstructions) {
      if (instruction.details.kind !== 'RUN') continue;
      const runs = runCommands(context, instruction);
      if (runs.length === 0) continue;
      const scope = context.model.contextOf(instruction);
      const image = scope.stage === null ? null : baseImageName(context.model, scope.stage);
      const commands = packageCommands(context, instruction);
      const packages = new Map(commands.map((command) => [command.command, command]));
      const refreshesApt = commands.some((command) => command.manager === 'apt' && isRefresh(command));
      const needs = runs
        .map((run) => cacheFor(context, run, packages.get(run.command), scope, image, refreshesApt))
        .filter((need): need is CacheNeed => need !== null);
      const first = needs[0];
      if (first === undefined) continue;
      const existing = new Set(cacheMountTargets(instruction));
      const mounts = [...new Set(needs.flatMap((need) => need.mounts))].filter((mount) => !existing.has(/^target=([^,]*)/.exec(mount)?.[1] ?? ''));
      if (mounts.length === 0) continue;
      const flags = mounts.map((mount) => `--mount=type=cache,${mount}`);
      const keywordEnd = instruction.start + instruction.keyword.length;
      const edits: TextEdit[] = [
        { start: keywordEnd, end: keywordEnd, text: flags.map((flag) => ` ${flag}`).join('') },
        ...needs.flatMap((need) =>
          need.disablers.map((word) => {
            const span = context.scriptSpan(need.run.script, word.start, word.end);
            return { start: span.start - 1, end: span.end, text: '' };
          }),
        ),
      ];
      context.report({
        messageId: 'cacheable',
        data: { command: commandLabel(first.run), mounts: flags.join(' ') },
        instruction,
        at: context.scriptSpan(first.run.script, first.run.command.start, first.run.command.end),
        fixes: [{ title: 'Add a cache mount', safety: 'unsafe', edits }],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'When an install layer is rebuilt, every package is downloaded again, because the cache the tool keeps is either cleaned away or baked into the old layer. ' +
    'A `RUN --mount=type=cache,target=<cache dir>` keeps that cache on the build machine between builds and out of the image, so rebuilds after a dependency change fetch only what changed. ' +
    "For apt on Debian and Ubuntu images also remove `/etc/apt/apt.conf.d/docker-clean`, or apt deletes the downloads right after installing. The rule is off by default because cache mounts need BuildKit and help only where the build machine's cache survives between builds.",
  examples: {
    bad: ['FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n'],
    good: ['FROM python:3.12-slim\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n'],
  },
};
