import type { SimpleCommand } from '../../shell/index.js';
import {
  cacheMountTargets,
  commandHeadSpan,
  layerReachesImage,
  positionInRun,
  programName,
  runsWithScripts,
  scriptAppendPoint,
  tokensOf,
  yarnInvocations,
  type BuildEnv,
  type Invocation,
  type PackageScript,
  type SubcommandInvocation,
} from '../helpers/packages.js';
import type { Fix, Rule, RuleDocs } from '../types.js';

const CLEAN = 'yarn cache clean';

function isInstall(invocation: Invocation): invocation is SubcommandInvocation {
  return invocation.subcommand?.text === 'install';
}

function isCacheClean(invocation: Invocation): boolean {
  return invocation.subcommand?.text === 'cache' && invocation.operands[0]?.text === 'clean';
}

/** `rm -rf /usr/local/share/.cache/yarn` and friends remove the cache as well. */
function removesYarnCache(command: SimpleCommand, env: BuildEnv): boolean {
  if (programName(command) !== 'rm') return false;
  return command.words
    .slice(1)
    .flatMap((word) => tokensOf(word, env))
    .some((token) => /\.cache\/yarn|yarn cache dir/.test(token.text));
}

/** yarn 1 keeps its cache in ~/.cache/yarn or /usr/local/share/.cache/yarn; YARN_CACHE_FOLDER moves it. */
function coversYarnCache(target: string, cacheFolder: string | undefined): boolean {
  return /\/\.cache\/yarn$/.test(target) || target === cacheFolder?.replace(/\/+$/, '');
}

export const rule: Rule = {
  meta: {
    code: 'DL3060',
    name: 'yarn-cache-kept',
    severity: 'info',
    category: 'size',
    refs: ['hadolint:DL3060'],
    enabledByDefault: true,
    description: 'Run `yarn cache clean` after `yarn install` in the same RUN.',
    fix: 'unsafe',
    messages: { keepsCache: '`yarn cache clean` missing after `yarn install` was run.' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3060',
  },
  check(context) {
    for (const run of runsWithScripts(context)) {
      if (!layerReachesImage(context.model, run.instruction)) continue;
      const cacheFolder = run.env.get('YARN_CACHE_FOLDER');
      if (cacheMountTargets(context.model, run.instruction).some((target) => coversYarnCache(target, cacheFolder))) continue;
      let install: { position: number; script: PackageScript; invocation: SubcommandInvocation } | null = null;
      let lastClean = -1;
      for (const [scriptIndex, script] of run.scripts.entries()) {
        const position = (command: SimpleCommand): number => positionInRun(scriptIndex, command);
        for (const invocation of yarnInvocations(script.script, run.env)) {
          if (isInstall(invocation)) install = { position: position(invocation.command), script, invocation };
          if (isCacheClean(invocation)) lastClean = Math.max(lastClean, position(invocation.command));
        }
        for (const command of script.script.commands) {
          if (removesYarnCache(command, run.env)) lastClean = Math.max(lastClean, position(command));
        }
      }
      if (install === null || lastClean > install.position) continue;
      const { script, invocation } = install;
      const append = scriptAppendPoint(context, script);
      const fixes: Fix[] =
        append === null
          ? []
          : [
              {
                title: `Append \`${CLEAN}\` to the RUN`,
                safety: 'unsafe',
                edits: [{ start: append.offset, end: append.offset, text: `${append.separator}${CLEAN}` }],
              },
            ];
      context.report({
        messageId: 'keepsCache',
        instruction: run.instruction,
        at: commandHeadSpan(context, script, invocation),
        fixes,
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'yarn copies every package it downloads into its global cache, which roughly doubles what `yarn install` adds to ' +
    'the layer. Cleaning the cache in the same RUN, or mounting a BuildKit cache on it, keeps that copy out of the ' +
    'image. The fix needs a look with Yarn Plug\'n\'Play, which reads packages from the cache at run time.',
  examples: {
    bad: ['FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n'],
    good: [
      'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
      'FROM node:22-slim\nCOPY package.json yarn.lock ./\n' +
        'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n',
    ],
  },
};
