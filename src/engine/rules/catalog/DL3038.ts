import { isInstall, reportPrompting } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3038',
    name: 'dnf-install-without-yes',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3038'],
    enabledByDefault: true,
    description: 'Pass `-y` to `dnf install` and `microdnf install` so they never wait for a confirmation.',
    fix: 'safe',
    messages: { prompts: '`{command}` stops at a confirmation prompt the build cannot answer: add `{option}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3038',
  },
  check(context) {
    reportPrompting(context, ['dnf', 'microdnf'], isInstall, '-y');
  },
};

export const docs: RuleDocs = {
  why:
    'Without a terminal, dnf cannot ask "Is this ok [y/N]" and gives up on the transaction, so the build fails or behaves ' +
    'differently from an interactive run. `-y` (`--assumeyes`) answers yes up front.',
  examples: {
    bad: ['FROM almalinux:9\nRUN dnf install httpd-2.4.62 && dnf clean all\n'],
    good: ['FROM almalinux:9\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n'],
  },
};
