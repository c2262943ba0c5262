import { isSemver, typedLabelValues } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3056',
    name: 'label-not-semver',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3056'],
    enabledByDefault: true,
    description: 'A schema label of type semver does not hold a semantic version.',
    fix: 'none',
    messages: { invalid: 'Label `{label}` is not a semantic version: `{value}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3056',
  },
  check(context) {
    for (const entry of typedLabelValues(context, 'semver')) {
      if (isSemver(entry.value)) continue;
      const at = entry.pair.value ?? entry.pair;
      context.report({ messageId: 'invalid', data: { label: entry.key, value: entry.value }, instruction: entry.instruction, at });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Version labels are compared by tools that order releases, and they rely on Semantic Versioning: `MAJOR.MINOR.PATCH` with optional pre-release and build parts. ' +
    'Values such as `v1.2` or `latest` cannot be ordered reliably.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.2"\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.2.0"\n'],
    settings: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
  },
};
