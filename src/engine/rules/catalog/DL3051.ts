import { labelEntries } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3051',
    name: 'empty-schema-label',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3051'],
    enabledByDefault: true,
    description: 'A label the label schema lists is set to an empty value.',
    fix: 'none',
    messages: { empty: 'Label `{label}` is empty' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3051',
  },
  check(context) {
    const schema = context.settings.labelSchema;
    for (const entry of labelEntries(context)) {
      if (entry.key === null || entry.value !== '' || !Object.hasOwn(schema, entry.key)) continue;
      context.report({ messageId: 'empty', data: { label: entry.key }, instruction: entry.instruction, at: entry.pair });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'An empty schema label satisfies the letter of the schema but carries no information, so tools that read it find nothing. ' +
    'It often comes from a build argument that was not passed. Set a real value or leave the label out.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL org.opencontainers.image.title=""\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.title="shop-api"\n'],
    settings: { labelSchema: { 'org.opencontainers.image.title': 'text' } },
  },
};
