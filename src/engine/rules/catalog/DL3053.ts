import { isRfc3339, typedLabelValues } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3053',
    name: 'label-not-rfc3339',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3053'],
    enabledByDefault: true,
    description: 'A schema label of type rfc3339 does not hold an RFC 3339 timestamp.',
    fix: 'none',
    messages: { invalid: 'Label `{label}` is not an RFC 3339 timestamp: `{value}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3053',
  },
  check(context) {
    for (const entry of typedLabelValues(context, 'rfc3339')) {
      if (isRfc3339(entry.value)) continue;
      const at = entry.pair.value ?? entry.pair;
      context.report({ messageId: 'invalid', data: { label: entry.key, value: entry.value }, instruction: entry.instruction, at });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Timestamp labels such as `org.opencontainers.image.created` are sorted and compared by machines, which expect RFC 3339: a full date, `T`, the time with seconds and a zone such as `Z`. ' +
    'Other formats are ambiguous across time zones and break those comparisons.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01"\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"\n'],
    settings: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } },
  },
};
