import { reportCacheLeft } from '../helpers/rpm.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3032',
    name: 'yum-cache-not-cleaned',
    severity: 'warning',
    category: 'size',
    refs: ['hadolint:DL3032'],
    enabledByDefault: true,
    description: 'Run `yum clean all` in the same RUN as `yum install`.',
    fix: 'safe',
    messages: { cacheLeft: '`{command}` leaves its package cache in the layer: end the RUN with `{clean}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3032',
  },
  check(context) {
    reportCacheLeft(context, ['yum'], () => 'yum clean all');
  },
};

export const docs: RuleDocs = {
  why:
    'yum keeps the repository metadata it downloaded, and the solver cache built from it, under /var/cache/yum ' +
    '(/var/cache/dnf on EL8 and later, where yum is dnf): often tens of megabytes that the running container never reads. Downloaded ' +
    'packages are deleted after a successful install, since `keepcache` is off by default. A later RUN cannot take the ' +
    'metadata out of the layer that wrote it, so the clean has to follow the install in the same RUN, or the cache has ' +
    'to live on a cache mount.',
  examples: {
    bad: ['FROM almalinux:9\nRUN yum install -y nginx-1.20.1\n'],
    good: [
      'FROM almalinux:9\nRUN yum install -y nginx-1.20.1 && yum clean all\n',
      'FROM almalinux:9\nRUN --mount=type=cache,target=/var/cache/dnf yum install -y nginx-1.20.1\n',
    ],
  },
};
