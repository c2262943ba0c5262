import { keywordSpan, repeatedInStage } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL4004',
    name: 'multiple-entrypoint',
    severity: 'error',
    category: 'maintainability',
    refs: ['hadolint:DL4004', 'buildkit:MultipleInstructionsDisallowed'],
    enabledByDefault: true,
    description: 'A stage should have at most one ENTRYPOINT.',
    fix: 'none',
    messages: {
      multiple:
        'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect (this one overrides line {previous})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL4004',
  },
  check(context) {
    for (const { instruction, previous } of repeatedInStage(context.model, 'ENTRYPOINT')) {
      context.report({ messageId: 'multiple', data: { previous: previous.startLine }, instruction, at: keywordSpan(instruction) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Each ENTRYPOINT replaces the previous one, so only the last of a stage decides what the container runs. ' +
    'The others are misleading leftovers, and setting ENTRYPOINT also resets any CMD inherited from the base image. ' +
    'Keep a single ENTRYPOINT per stage.',
  examples: {
    bad: ['FROM python:3.12-slim\nENTRYPOINT ["python3"]\nENTRYPOINT ["gunicorn", "app:app"]\n'],
    good: ['FROM python:3.12-slim\nENTRYPOINT ["gunicorn", "app:app"]\n'],
  },
};
