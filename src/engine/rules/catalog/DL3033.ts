import { reportUnpinned, unpinnedRpmOperands } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3033',
    name: 'yum-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3033'],
    enabledByDefault: true,
    description: 'Pin the versions of packages installed with yum (`name-version`, modules as `name:stream`).',
    fix: 'none',
    messages: {
      unpinned: 'Pin a version for {packages}: `{tool} install <package>-<version>`',
      noStream: 'Name the stream of module {modules}: `{tool} module install <module>:<stream>`',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3033',
  },
  check(context) {
    reportUnpinned(context, ['yum'], (command) => unpinnedRpmOperands(context, command));
  },
};

export const docs: RuleDocs = {
  why:
    'Without a version, `yum install` takes whatever the repositories offer on the day of the build, so two builds of ' +
    'the same Dockerfile can ship different software. A `name-version` suffix, or a stream for a module, makes an ' +
    'upgrade a visible change in the Dockerfile; `name-version` still takes new releases (rebuilds) of that version, ' +
    'and `name-version-release` fixes the exact build.',
  examples: {
    bad: ['FROM almalinux:9\nRUN yum install -y nginx && yum clean all\n'],
    good: [
      'FROM almalinux:9\nRUN yum install -y nginx-1.20.1 && yum clean all\n',
      'FROM almalinux:9\nRUN yum module install -y nodejs:20 && yum clean all\n',
    ],
  },
};
