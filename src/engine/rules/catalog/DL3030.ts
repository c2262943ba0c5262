import { isInstall, reportPrompting } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3030',
    name: 'yum-install-without-yes',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3030'],
    enabledByDefault: true,
    description: 'Pass `-y` to `yum install` so it never waits for a confirmation.',
    fix: 'safe',
    messages: { prompts: '`{command}` stops at a confirmation prompt the build cannot answer: add `{option}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3030',
  },
  check(context) {
    reportPrompting(context, ['yum'], isInstall, '-y');
  },
};

export const docs: RuleDocs = {
  why:
    'A build has no terminal to answer yum\'s "Is this ok [y/N]" prompt, so yum reads end-of-input, takes it as a no and ' +
    'aborts the transaction. `-y` (`--assumeyes`) answers yes up front and makes the step behave the same everywhere.',
  examples: {
    bad: ['FROM almalinux:9\nRUN yum install nginx-1.20.1 && yum clean all\n'],
    good: ['FROM almalinux:9\nRUN yum install -y nginx-1.20.1 && yum clean all\n'],
  },
};
