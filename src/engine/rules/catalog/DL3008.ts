import { aptGetInstalls, isAptPackagePinned, reportUnpinned } from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3008',
    name: 'apt-get-unpinned-packages',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3008'],
    enabledByDefault: true,
    description: 'Pin the versions of packages installed with apt-get.',
    fix: 'none',
    messages: {
      unpinned:
        'Pin versions in apt-get install. Instead of `apt-get install <package>` use ' +
        '`apt-get install <package>=<version>` (unpinned: {packages})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3008',
  },
  check(context) {
    reportUnpinned(context, { find: aptGetInstalls, isPinned: isAptPackagePinned });
  },
};

export const docs: RuleDocs = {
  why:
    'Without a version, `apt-get install` takes whatever the mirror offers on the day of the build, so two builds of ' +
    'the same Dockerfile can ship different software. A pinned `name=version` makes that change visible: a Debian suite ' +
    'keeps only the current version of each package, so once it is replaced the install fails instead of silently ' +
    'upgrading, and the pin is bumped in a reviewed edit. A build that must stay reproducible also needs a fixed package ' +
    'source, such as snapshot.debian.org (apt\'s `--snapshot` option from Debian 13), or an image that already holds the ' +
    'packages, pinned by digest.',
  examples: {
    bad: ['FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n'],
    good: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:bookworm-slim\nENV CURL_PIN="curl=7.88.1-10+deb12u15"\nRUN apt-get update && apt-get install -y --no-install-recommends $CURL_PIN && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
};
