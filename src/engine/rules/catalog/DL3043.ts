import { keywordSpan } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

const FORBIDDEN_TRIGGERS: ReadonlySet<string> = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const rule: Rule = {
  meta: {
    code: 'DL3043',
    name: 'onbuild-forbidden-trigger',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3043'],
    enabledByDefault: true,
    description: 'ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER.',
    fix: 'none',
    messages: { forbidden: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction: `{trigger}` is not allowed here' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3043',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'ONBUILD') continue;
      const trigger = instruction.details.trigger;
      if (trigger === null || trigger.name === null || !FORBIDDEN_TRIGGERS.has(trigger.name)) continue;
      context.report({ messageId: 'forbidden', data: { trigger: trigger.name }, instruction, at: keywordSpan(trigger) });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'ONBUILD replays its instruction in a later build that uses this image as its base, and that replay cannot start a new ' +
    'stage, chain another ONBUILD or set the legacy maintainer field. Docker rejects such triggers when it parses the file.',
  examples: {
    bad: ['FROM node:22-slim\nONBUILD FROM node:22-slim\n', 'FROM node:22-slim\nONBUILD ONBUILD RUN npm ci\n'],
    good: ['FROM node:22-slim\nWORKDIR /app\nONBUILD COPY package.json package-lock.json ./\nONBUILD RUN npm ci\n'],
  },
};
