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
    'builds. A `name=version` pin makes that change visible: an Alpine repository keeps only the current build of each ' +
    'package, so once it is replaced the build fails instead of silently upgrading, and the pin is bumped in a reviewed ' +
    'edit; `name~version` pins a release line and still takes its new builds. A build that must stay reproducible needs ' +
    'an image that already holds the packages, pinned by digest.',
  examples: {
    bad: ['FROM alpine:3.23\nRUN apk add --no-cache curl\n'],
    good: ['FROM alpine:3.23\nRUN apk add --no-cache curl=8.20.0-r0\n', 'FROM alpine:3.23\nRUN apk add --no-cache "curl~8.20"\n'],
  },
};
