import { reportPrompting, verbIs } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

/** The zypper subcommands that ask before changing packages. */
const ASKING_VERBS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];

export const rule: Rule = {
  meta: {
    code: 'DL3034',
    name: 'zypper-without-non-interactive',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3034'],
    enabledByDefault: true,
    description: 'Run zypper with `-n` (`--non-interactive`) when it installs, removes or patches packages.',
    fix: 'safe',
    messages: { prompts: '`{command}` stops at a confirmation prompt the build cannot answer: add `{option}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3034',
  },
  check(context) {
    reportPrompting(context, ['zypper'], (command) => verbIs(command, ASKING_VERBS), '-n');
  },
};

export const docs: RuleDocs = {
  why:
    'zypper asks for confirmation before it changes packages, and a build has nobody to answer. The global `-n` option ' +
    '(or `-y`/`--no-confirm` after the subcommand) takes the default answers and keeps the step unattended.',
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean\n'],
    good: ['FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58 && zypper clean\n'],
  },
};
