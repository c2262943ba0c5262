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
    'dnf and microdnf keep the repository metadata they downloaded, and the solver cache built from it, under /var/cache: ' +
    'often tens of megabytes that the image then carries for nothing. Downloaded packages are deleted after a successful ' +
    'transaction, since `keepcache` is off by default. Only a clean in the same RUN, or a cache mount on the cache ' +
    'directory, keeps the metadata out of the layer.',
  examples: {
    bad: ['FROM almalinux:9\nRUN dnf install -y nginx-1.20.1\n'],
    good: [
      'FROM almalinux:9\nRUN dnf install -y nginx-1.20.1 && dnf clean all\n',
      'FROM almalinux:9\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx-1.20.1\n',
    ],
  },
};
