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
    'Dockerfile can change what the image contains. Pinning `name-version`, or a module stream, turns an upgrade into a ' +
    'reviewed edit: once the repositories drop that version the install fails instead of silently upgrading, though ' +
    '`name-version` still takes new releases (rebuilds) of it. Repeating a build exactly needs more than pins, such as ' +
    'the resulting image kept and referenced by digest.',
  examples: {
    bad: ['FROM almalinux:9\nRUN dnf install -y nginx && dnf clean all\n'],
    good: [
      'FROM almalinux:9\nRUN dnf install -y nginx-1.20.1 && dnf clean all\n',
      'FROM almalinux:9\nRUN dnf -y group install "Development Tools" && dnf clean all\n',
    ],
  },
};
