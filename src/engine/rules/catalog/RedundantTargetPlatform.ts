import { fromPlatforms, globalScope } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'RedundantTargetPlatform',
    name: 'redundant-target-platform-buildkit',
    severity: 'warning',
    category: 'style',
    refs: ['buildkit:RedundantTargetPlatform', 'hadolint:DL3065'],
    enabledByDefault: true,
    description: "BuildKit's check: FROM --platform=$TARGETPLATFORM only repeats the default.",
    fix: 'safe',
    messages: { redundant: 'Setting platform to predefined {platform} in FROM is redundant as this is the default behavior' },
    url: 'https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/',
  },
  check(context) {
    const env = globalScope(context).env;
    for (const { stage, flag, value, expansion } of fromPlatforms(context)) {
      const onlyTargetPlatform = expansion.matched.length === 1 && expansion.matched[0] === 'TARGETPLATFORM';
      if (!onlyTargetPlatform || expansion.unmatched.length > 0 || expansion.value !== env.get('TARGETPLATFORM')) continue;
      const following = context.syntax.text.slice(flag.end).match(/^[ \t]*/)?.[0].length ?? 0;
      context.report({
        messageId: 'redundant',
        data: { platform: value },
        instruction: stage.from,
        at: flag,
        fixes: [{ title: 'Remove the --platform flag', safety: 'safe', edits: [{ start: flag.start, end: flag.end + following, text: '' }] }],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Every stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` adds noise ' +
    'and suggests a cross-compilation setup that is not there. Use `--platform=$BUILDPLATFORM` when a stage should ' +
    'run natively on the builder, or drop the flag.',
  examples: {
    bad: ['FROM --platform=$TARGETPLATFORM alpine:3.20\n'],
    good: ['FROM alpine:3.20\n', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n'],
  },
};
