import type { Rule, RuleDocs } from '../types.js';

const TARGET_PLATFORM = /^(?:\$TARGETPLATFORM|\$\{TARGETPLATFORM\})$/;

export const rule: Rule = {
  meta: {
    code: 'DL3065',
    name: 'from-platform-redundant',
    severity: 'warning',
    category: 'style',
    refs: ['hadolint:DL3065', 'buildkit:RedundantTargetPlatform'],
    enabledByDefault: true,
    description: '`FROM --platform=$TARGETPLATFORM` is the default and can go.',
    fix: 'safe',
    messages: { redundant: 'Setting `FROM --platform` to predefined `{platform}` is redundant as this is the default behavior' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3065',
  },
  check(context) {
    const { text } = context.syntax;
    for (const stage of context.model.stages) {
      const flag = stage.from.flags.find((candidate) => candidate.name === 'platform');
      if (flag === undefined || flag.value === null || !TARGET_PLATFORM.test(flag.value)) continue;
      let end = flag.end;
      while (text[end] === ' ' || text[end] === '\t') end++;
      context.report({
        messageId: 'redundant',
        data: { platform: flag.value },
        instruction: stage.from,
        at: flag,
        fixes: [{ title: 'Remove the --platform flag', safety: 'safe', edits: [{ start: flag.start, end, text: '' }] }],
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Every stage is built for the target platform unless told otherwise, so spelling out `$TARGETPLATFORM` changes nothing. ' +
    'The extra flag makes readers look for a cross-compilation trick that is not there.',
  examples: {
    bad: ['FROM --platform=$TARGETPLATFORM alpine:3.20\n'],
    good: ['FROM alpine:3.20\n', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n'],
  },
};
