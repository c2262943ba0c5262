import { keywordSpan, repeatedInStage } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3012',
    name: 'multiple-healthchecks',
    severity: 'error',
    category: 'maintainability',
    refs: ['hadolint:DL3012', 'buildkit:MultipleInstructionsDisallowed'],
    enabledByDefault: true,
    description: 'A stage should have at most one HEALTHCHECK.',
    fix: 'none',
    messages: { multiple: 'Multiple `HEALTHCHECK` instructions: this one replaces the one on line {previous}' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3012',
  },
  check(context) {
    for (const { instruction, previous } of repeatedInStage(context.model, 'HEALTHCHECK')) {
      context.report({ messageId: 'multiple', data: { previous: previous.startLine }, instruction, at: keywordSpan(instruction) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'An image has a single health check, so each HEALTHCHECK replaces the one before it and only the last survives. ' +
    'The earlier ones are dead code that readers take for active checks. Keep one HEALTHCHECK per stage.',
  examples: {
    bad: ['FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/health"]\n'],
    good: [
      'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/health"]\n',
      'FROM nginx:1.27 AS base\nHEALTHCHECK NONE\nFROM base\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
    ],
  },
};
