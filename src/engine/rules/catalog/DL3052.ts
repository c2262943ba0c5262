import { isUri, typedLabelValues } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3052',
    name: 'label-not-url',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3052'],
    enabledByDefault: true,
    description: 'A schema label of type url does not hold an absolute URL.',
    fix: 'none',
    messages: { invalid: 'Label `{label}` is not a valid URL: `{value}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3052',
  },
  check(context) {
    for (const entry of typedLabelValues(context, 'url')) {
      if (isUri(entry.value)) continue;
      const at = entry.pair.value ?? entry.pair;
      context.report({ messageId: 'invalid', data: { label: entry.key, value: entry.value }, instruction: entry.instruction, at });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Tools follow URL labels such as `org.opencontainers.image.source` to find an image\'s code and docs. ' +
    'A bare host name or a relative path is not a URL they can open, so the link silently breaks. ' +
    'Write the full address with its scheme, such as `https://`.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/acme/shop"\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/shop"\n'],
    settings: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
};
