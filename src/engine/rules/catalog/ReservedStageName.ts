import { goQuote } from '../../syntax/dump.js';
import { declaredStageName } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

const RESERVED: ReadonlySet<string> = new Set(['context', 'scratch']);

export const rule: Rule = {
  meta: {
    code: 'ReservedStageName',
    name: 'reserved-stage-name-buildkit',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:ReservedStageName', 'hadolint:DL3063'],
    enabledByDefault: true,
    description: "BuildKit's check: a stage should not be named scratch or context.",
    fix: 'none',
    messages: { reserved: 'Stage name should not use the same name as reserved stage {name}' },
    url: 'https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      const nameWord = declaredStageName(instruction);
      if (nameWord === null) continue;
      const name = nameWord.raw.toLowerCase();
      if (RESERVED.has(name)) context.report({ messageId: 'reserved', data: { name: goQuote(name) }, instruction, at: nameWord });
    }
  },
};

export const docs: RuleDocs = {
  why:
    '`scratch` already means the empty image and `context` the build context, so a stage with either name makes ' +
    '`FROM scratch` or `COPY --from=context` ambiguous. Names are compared in lowercase, so `AS Scratch` counts too.',
  examples: {
    bad: ['FROM alpine:3.20 AS scratch\nRUN echo hi\n'],
    good: ['FROM scratch\nCOPY app /app\n', 'FROM alpine:3.20 AS base\nRUN echo hi\n'],
  },
};
