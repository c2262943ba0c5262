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
    'yum keeps repository metadata and downloaded packages under /var/cache/yum, often tens of megabytes that the running ' +
    'container never reads. A later RUN cannot take them out of the layer that wrote them, so the clean has to follow the ' +
    'install in the same RUN, or the cache has to live on a cache mount.',
  examples: {
    bad: ['FROM centos:7\nRUN yum install -y mariadb-5.5.68\n'],
    good: [
      'FROM centos:7\nRUN yum install -y mariadb-5.5.68 && yum clean all\n',
      'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-5.5.68\n',
    ],
  },
};
