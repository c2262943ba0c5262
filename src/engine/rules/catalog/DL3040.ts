import { reportCacheLeft } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3040',
    name: 'dnf-cache-not-cleaned',
    severity: 'warning',
    category: 'size',
    refs: ['hadolint:DL3040'],
    enabledByDefault: true,
    description: 'Run `dnf clean all` (or `microdnf clean all`) in the same RUN that installs or upgrades packages.',
    fix: 'safe',
    messages: { cacheLeft: '`{command}` leaves its package cache in the layer: end the RUN with `{clean}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3040',
  },
  check(context) {
    reportCacheLeft(context, ['dnf', 'microdnf'], (tool) => `${tool} clean all`);
  },
};

export const docs: RuleDocs = {
  why:
    'dnf and microdnf keep repository metadata and downloaded packages in /var/cache, which the image then carries for ' +
    'nothing. Only a clean in the same RUN, or a cache mount on the cache directory, keeps them out of the layer.',
  examples: {
    bad: ['FROM fedora:40\nRUN dnf install -y mariadb-10.11.8\n'],
    good: [
      'FROM fedora:40\nRUN dnf install -y mariadb-10.11.8 && dnf clean all\n',
      'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.11.8\n',
    ],
  },
};
