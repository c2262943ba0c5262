import { apkAdds, isApkPackagePinned, reportUnpinned } from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3018',
    name: 'apk-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3018'],
    enabledByDefault: true,
    description: 'Pin the versions of packages installed with `apk add`.',
    fix: 'none',
    messages: {
      unpinned:
        'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>` (unpinned: {packages})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3018',
  },
  check(context) {
    reportUnpinned(context, { find: apkAdds, isPinned: isApkPackagePinned });
  },
};

export const docs: RuleDocs = {
  why:
    'Without a constraint, `apk add` installs the newest package in the configured repositories, which changes between ' +
    'builds. A `name=version` or `name~version` constraint keeps rebuilds reproducible and makes upgrades deliberate.',
  examples: {
    bad: ['FROM alpine:3.20\nRUN apk add --no-cache curl\n'],
    good: ['FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n', 'FROM alpine:3.20\nRUN apk add --no-cache "curl~8.9"\n'],
  },
};
