import type { SimpleCommand } from '../../shell/index.js';
import {
  addOptionFix,
  apkAdds,
  cacheMountTargets,
  commandHeadSpan,
  hasOption,
  mayHideOptions,
  programName,
  runsWithScripts,
  tokensOf,
  type BuildEnv,
} from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

/** apk's cache directory, and the `/etc/apk/cache` link that enables package caching. */
const APK_CACHE_DIRS = ['/var/cache/apk', '/etc/apk/cache'];

function removesApkCache(command: SimpleCommand, env: BuildEnv): boolean {
  if (programName(command) !== 'rm') return false;
  return command.words
    .slice(1)
    .flatMap((word) => tokensOf(word, env))
    .some((token) => APK_CACHE_DIRS.some((dir) => token.text === dir || token.text.startsWith(`${dir}/`)));
}

export const rule: Rule = {
  meta: {
    code: 'DL3019',
    name: 'apk-add-without-no-cache',
    severity: 'info',
    category: 'size',
    refs: ['hadolint:DL3019'],
    enabledByDefault: true,
    description: 'Use `apk add --no-cache` so the package index does not stay in the layer.',
    fix: 'safe',
    messages: {
      keepsCache:
        'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3019',
  },
  check(context) {
    for (const run of runsWithScripts(context)) {
      if (cacheMountTargets(context.model, run.instruction).some((target) => APK_CACHE_DIRS.includes(target))) continue;
      const offending = run.scripts.flatMap((script) => {
        const commands = script.script.commands;
        return apkAdds(script.script, run.env)
          .filter(({ command }) => !commands.some((later) => later.start > command.start && removesApkCache(later, run.env)))
          .filter((invocation) => !hasOption(invocation, 'no-cache', 'no-network') && !mayHideOptions(invocation))
          .map((invocation) => ({ script, invocation }));
      });
      const first = offending[0];
      if (first === undefined) continue;
      context.report({
        messageId: 'keepsCache',
        instruction: run.instruction,
        at: commandHeadSpan(context, first.script, first.invocation),
        fixes: [addOptionFix(context, offending, '--no-cache', 'safe')],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Without `--no-cache`, apk keeps the repository index it downloaded under /var/cache/apk, and that copy ships in ' +
    'the layer. `--no-cache` fetches a fresh index, uses it and leaves nothing behind, which also makes a separate ' +
    '`apk update` unnecessary. `apk add --no-network` reads no index and is not reported.',
  examples: {
    bad: ['FROM alpine:3.23\nRUN apk add curl=8.20.0-r0\n'],
    good: [
      'FROM alpine:3.23\nRUN apk add --no-cache curl=8.20.0-r0\n',
      'FROM alpine:3.23\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.20.0-r0\n',
    ],
  },
};
