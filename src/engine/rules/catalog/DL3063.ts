import type { Rule, RuleDocs } from '../types.js';

/** Names BuildKit gives their own meaning: the empty image and the build context. */
const RESERVED_NAMES: ReadonlySet<string> = new Set(['scratch', 'context']);

export const rule: Rule = {
  meta: {
    code: 'DL3063',
    name: 'reserved-stage-alias',
    severity: 'warning',
    category: 'correctness',
    refs: ['hadolint:DL3063', 'buildkit:ReservedStageName'],
    enabledByDefault: true,
    description: 'Do not name a stage `scratch` or `context`.',
    fix: 'none',
    messages: { reserved: 'stage name should not be a reserved word: `{name}` already means something to BuildKit' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3063',
  },
  check(context) {
    for (const stage of context.model.stages) {
      const word = stage.from.details.kind === 'FROM' ? stage.from.details.stageName : null;
      if (word === null || stage.name === null || !RESERVED_NAMES.has(stage.name)) continue;
      context.report({ messageId: 'reserved', data: { name: word.raw }, instruction: stage.from, at: word });
    }
  },
};

export const docs: RuleDocs = {
  why:
    '`scratch` means the empty image and `context` the build context, so a stage with one of these names is shadowed or ' +
    'shadows them: `FROM scratch` and `--from=context` stop meaning what every reader expects. Stage names are ' +
    'case-insensitive, so `Scratch` counts too.',
  examples: {
    bad: ['FROM alpine:3.20 AS scratch\nRUN echo hi\n'],
    good: ['FROM alpine:3.20 AS base\nRUN echo hi\n'],
  },
};
