import { keywordSpan, repeatedInStage } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL4003',
    name: 'multiple-cmd',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL4003', 'buildkit:MultipleInstructionsDisallowed'],
    enabledByDefault: true,
    description: 'A stage should have at most one CMD.',
    fix: 'none',
    messages: {
      multiple:
        'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect (this one overrides line {previous})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL4003',
  },
  check(context) {
    for (const { instruction, previous } of repeatedInStage(context.model, 'CMD')) {
      context.report({ messageId: 'multiple', data: { previous: previous.startLine }, instruction, at: keywordSpan(instruction) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'An image has a single default command, so each CMD overrides the previous one and only the last takes effect. ' +
    'Earlier CMDs look like they run something but never do. Keep one CMD per stage; chain steps in a script if you need several.',
  examples: {
    bad: ['FROM node:22-slim\nCMD ["npm", "run", "migrate"]\nCMD ["node", "server.js"]\n'],
    good: [
      'FROM node:22-slim\nCMD ["node", "server.js"]\n',
      'FROM node:22-slim AS base\nCMD ["node"]\nFROM base\nCMD ["node", "server.js"]\n',
    ],
  },
};
