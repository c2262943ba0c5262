import { checkSpdxExpression, typedLabelValues } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3054',
    name: 'label-not-spdx',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3054'],
    enabledByDefault: true,
    description: 'A schema label of type spdx does not hold a valid SPDX license expression.',
    fix: 'none',
    messages: {
      syntax: 'Label `{label}` is not an SPDX license expression: `{value}`',
      unknown: 'Label `{label}`: `{id}` is not an SPDX identifier shipshape knows',
      deprecated: 'Label `{label}`: `{id}` is a deprecated SPDX identifier (GPL-family ones became `-only` and `-or-later`)',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3054',
  },
  check(context) {
    for (const entry of typedLabelValues(context, 'spdx')) {
      const verdict = checkSpdxExpression(entry.value);
      if (verdict.valid) continue;
      const at = entry.pair.value ?? entry.pair;
      const data = { label: entry.key, value: entry.value };
      if (verdict.problem === 'syntax') context.report({ messageId: 'syntax', data, instruction: entry.instruction, at });
      else context.report({ messageId: verdict.problem, data: { ...data, id: verdict.id }, instruction: entry.instruction, at });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'License scanners and compliance reports read `org.opencontainers.image.licenses` as an SPDX expression such as ' +
    '`Apache-2.0` or `MIT OR Apache-2.0`. Free text like `Apache 2` or a deprecated identifier like `GPL-2.0` cannot be ' +
    'matched to a license reliably, so the image shows up as unlicensed or ambiguous.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache 2"\n', 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="GPL-2.0"\n'],
    good: [
      'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache-2.0"\n',
      'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"\n',
    ],
    settings: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } },
  },
};
