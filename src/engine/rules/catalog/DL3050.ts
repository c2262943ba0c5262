import { byInstruction, labelEntries, type LabelEntry } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3050',
    name: 'label-not-in-schema',
    severity: 'info',
    category: 'maintainability',
    refs: ['hadolint:DL3050'],
    enabledByDefault: true,
    description: 'With strict labels on, a LABEL sets a key the label schema does not list.',
    fix: 'none',
    messages: {
      superfluous: 'Label `{key}` is not in the label schema',
      superfluousMany: 'Labels {keys} are not in the label schema',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3050',
  },
  check(context) {
    if (!context.settings.strictLabels) return;
    const schema = context.settings.labelSchema;
    const extra = labelEntries(context).filter((entry) => entry.key !== null && !Object.hasOwn(schema, entry.key));
    // hadolint reports a LABEL once, however many of its keys are extra.
    for (const entries of byInstruction(extra)) {
      const first = entries[0] as LabelEntry;
      const last = entries[entries.length - 1] as LabelEntry;
      const at = { start: first.pair.key.start, end: last.pair.key.end };
      if (entries.length === 1) {
        context.report({ messageId: 'superfluous', data: { key: first.key as string }, instruction: first.instruction, at });
      } else {
        const keys = entries.map((entry) => `\`${entry.key}\``).join(', ');
        context.report({ messageId: 'superfluousMany', data: { keys }, instruction: first.instruction, at });
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Strict labels keep image metadata to an agreed vocabulary, so dashboards and policies can rely on it. ' +
    'A key outside the schema is usually a typo of a schema label or metadata nobody reads. ' +
    'Add the key to the schema if it is wanted, or drop it.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.0.0" build-host="ci-7"\n'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.0.0"\n'],
    settings: { labelSchema: { 'org.opencontainers.image.version': 'semver' }, strictLabels: true },
  },
};
