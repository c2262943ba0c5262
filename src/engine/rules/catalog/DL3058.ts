import { isEmail, typedLabelValues } from '../helpers/labels.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3058',
    name: 'label-not-email',
    severity: 'warning',
    category: 'maintainability',
    refs: ['hadolint:DL3058'],
    enabledByDefault: true,
    description: 'A schema label of type email does not hold an e-mail address.',
    fix: 'none',
    messages: { invalid: 'Label `{label}` is not a valid e-mail address: `{value}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3058',
  },
  check(context) {
    for (const entry of typedLabelValues(context, 'email')) {
      if (isEmail(entry.value)) continue;
      const at = entry.pair.value ?? entry.pair;
      context.report({ messageId: 'invalid', data: { label: entry.key, value: entry.value }, instruction: entry.instruction, at });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Contact labels are read by people and by tools that send notifications, and both need an address to write to. ' +
    'A bare name, or a typo such as a missing `@`, leaves them without a way to reach the owner. ' +
    'Both `jane@example.com` and `Jane Doe <jane@example.com>` are valid RFC 5322 mailboxes.',
  examples: {
    bad: ['FROM alpine:3.20\nLABEL maintainer="Jane Doe"\n', 'FROM alpine:3.20\nLABEL maintainer="jane(at)example.com"\n'],
    good: ['FROM alpine:3.20\nLABEL maintainer="jane@example.com"\n', 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"\n'],
    settings: { labelSchema: { maintainer: 'email' } },
  },
};
