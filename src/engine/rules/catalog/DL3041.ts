import { reportUnpinned, unpinnedRpmOperands } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3041',
    name: 'dnf-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3041'],
    enabledByDefault: true,
    description: 'Pin the versions of packages installed with dnf or microdnf (`name-version`, modules as `name:stream`).',
    fix: 'none',
    messages: {
      unpinned: 'Pin a version for {packages}: `{tool} install <package>-<version>`',
      noStream: 'Name the stream of module {modules}: `{tool} module install <module>:<stream>`',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3041',
  },
  check(context) {
    reportUnpinned(context, ['dnf', 'microdnf'], (command) => unpinnedRpmOperands(context, command));
  },
};

export const docs: RuleDocs = {
  why:
    'An unpinned `dnf install` resolves to the newest package in the repositories at build time, so rebuilding the same ' +
    'Dockerfile can change what the image contains. Pinning `name-version`, or a module stream, keeps rebuilds ' +
    'repeatable and turns upgrades into reviewed edits.',
  examples: {
    bad: ['FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n'],
    good: [
      'FROM fedora:40\nRUN dnf install -y tomcat-10.1.24 && dnf clean all\n',
      'FROM fedora:40\nRUN dnf -y group install "Development Tools" && dnf clean all\n',
    ],
  },
};
