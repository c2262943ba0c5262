import { keywordSpan } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3061',
    name: 'instruction-before-from',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3061'],
    enabledByDefault: true,
    description: 'Only ARG, comments and parser directives may come before the first FROM.',
    fix: 'none',
    messages: { beforeFrom: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment: `{instruction}` comes before the first FROM' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3061',
  },
  check(context) {
    for (const instruction of context.model.preamble) {
      context.report({ messageId: 'beforeFrom', data: { instruction: instruction.keyword }, instruction, at: keywordSpan(instruction) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Instructions run inside a stage, and a stage starts at FROM. Docker rejects any other instruction before the first ' +
    'FROM; only ARG is allowed there, to parametrize the FROM lines.',
  examples: {
    bad: ['LABEL org.opencontainers.image.title=app\nFROM alpine:3.20\n'],
    good: ['# syntax=docker/dockerfile:1\nARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\nLABEL org.opencontainers.image.title=app\n'],
  },
};
