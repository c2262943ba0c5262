import { isGitHash, typedLabelValues } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3055',
    name: 'label-not-git-hash',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3055'],
    enabledByDefault: true,
    description: 'A schema label of type hash does not hold a git commit hash.',
    fix: 'none',
    messages: { invalid: 'Label `{label}` is not a git commit hash: `{value}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3055',
  },
  check(context) {
    for (const entry of typedLabelValues(context, 'hash')) {
      if (isGitHash(entry.value)) continue;
      const at = entry.pair.value ?? entry.pair;
      context.report({ messageId: 'invalid', data: { label: entry.key, value: entry.value }, instruction: entry.instruction, at });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A revision label such as `org.opencontainers.image.revision` lets anyone trace an image back to the exact commit it was built from. ' +
    'A branch name or tag can move later, and a mistyped hash points nowhere. ' +
    'Use the lowercase hexadecimal commit id, full or abbreviated.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL org.opencontainers.image.revision="main"\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.revision="43c572f1272b6b3171dd1db9e41b7027128ce080"\n'],
    settings: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
  },
};
