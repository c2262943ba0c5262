import { parseIgnorePragmas } from '../../config/pragmas.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL1001',
    name: 'inline-ignore-pragma',
    severity: 'info',
    category: 'maintainability',
    refs: ['hadolint:DL1001'],
    enabledByDefault: false,
    description: 'An inline `# hadolint ignore=` comment suppresses findings on the next instruction.',
    fix: 'none',
    messages: { inline: 'Inline ignore comment for {codes}: keep suppressions in the shared configuration' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL1001',
  },
  check(context) {
    for (const pragma of parseIgnorePragmas(context.syntax)) {
      if (pragma.scope !== 'line' || !pragma.valid) continue;
      const codes = pragma.codes.map((code) => code.code).join(', ');
      context.report({ messageId: 'inline', data: { codes }, instruction: null, at: pragma.comment });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Inline suppressions are easy to add and easy to forget, and each one hides a finding from every later reader. ' +
    'Teams that want all exceptions reviewed in one place turn this rule on and keep them in the shared configuration instead. ' +
    'File-wide `global ignore=` and `stage ignore=` comments are not reported.',
  examples: {
    bad: ['FROM alpine:3.23\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n'],
    good: [
      'FROM alpine:3.23\nRUN apk add --no-cache curl=8.20.0-r0\n',
      '# hadolint global ignore=DL3018\nFROM alpine:3.23\nRUN apk add --no-cache curl\n',
    ],
  },
};
