import { isZypperPackagePinned, reportUnpinned, verbIs, zypperType } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3037',
    name: 'zypper-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3037'],
    enabledByDefault: true,
    description: 'Give packages installed with zypper a version constraint (`name=1.2`, `name>=1.2`).',
    fix: 'none',
    messages: { unpinned: 'Pin a version for {packages}: `{tool} install <package>=<version>`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3037',
  },
  check(context) {
    reportUnpinned(context, ['zypper'], (command) => {
      const type = zypperType(command);
      if (!verbIs(command, ['install', 'in']) || (type !== null && type !== 'package')) return [];
      return command.operands
        .filter((word) => !isZypperPackagePinned(context, command.run.instruction, word))
        .map((word) => ({ command, word, kind: 'package' }));
    });
  },
};

export const docs: RuleDocs = {
  why:
    'An unconstrained `zypper install` picks the newest package the repositories carry when the image is built, so the ' +
    'same Dockerfile builds different images over time. A version constraint keeps rebuilds repeatable. Quote ' +
    'constraints with `<` or `>`, or the shell reads them as redirections.',
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper -n install tomcat && zypper clean\n'],
    good: ["FROM opensuse/leap:15.6\nRUN zypper -n install tomcat=9.0.89 'curl>=8' && zypper clean\n"],
  },
};
