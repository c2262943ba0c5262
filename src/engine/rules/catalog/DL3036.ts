import { reportCacheLeft } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3036',
    name: 'zypper-cache-not-cleaned',
    severity: 'warning',
    category: 'size',
    refs: ['hadolint:DL3036'],
    enabledByDefault: true,
    description: 'Run `zypper clean` in the same RUN that installs packages.',
    fix: 'safe',
    messages: { cacheLeft: '`{command}` leaves its package cache in the layer: end the RUN with `{clean}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3036',
  },
  check(context) {
    reportCacheLeft(context, ['zypper'], () => 'zypper clean --all');
  },
};

export const docs: RuleDocs = {
  why:
    'zypper leaves repository metadata and solver caches under /var/cache/zypp after an install. Files removed by a later ' +
    'RUN still ship in this layer, so clean up in the same RUN or put /var/cache/zypp on a cache mount.',
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper -n install mariadb=10.11.8\n'],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper -n install mariadb=10.11.8 && zypper clean --all\n',
      'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n install mariadb=10.11.8\n',
    ],
  },
};
