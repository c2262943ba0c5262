import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3040.js';
import { ruleTests } from './tester.js';

describe('DL3040 dnf-cache-not-cleaned', () => {
  ruleTests(rule, {
    valid: [
      'RUN dnf in -y mariadb-10.4 && dnf clean all',
      'RUN notdnf install mariadb',
      'ONBUILD RUN microdnf install -y mariadb-10.4 && microdnf clean all',
      'RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*',
      'RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/dnf',
      'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4',
      'RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y mariadb-10.4',
      'RUN --mount=type=tmpfs,target=/var/cache/libdnf5 microdnf install -y mariadb-10.4',
      'RUN dnf -y upgrade && dnf clean all',
      'RUN dnf makecache',
    ],
    invalid: [
      {
        code: 'RUN dnf install -y mariadb-10.4',
        errors: [{ line: 1, column: 5, endColumn: 16, messageId: 'cacheLeft' }],
        output: 'RUN dnf install -y mariadb-10.4 && dnf clean all',
      },
      {
        name: 'a clean before the install',
        code: 'RUN rm -rf /var/cache/libdnf5 && microdnf install -y mariadb-10.4',
        errors: [{ line: 1, column: 34, endColumn: 50, message: '`microdnf install` leaves its package cache in the layer: end the RUN with `microdnf clean all`' }],
        output: 'RUN rm -rf /var/cache/libdnf5 && microdnf install -y mariadb-10.4 && microdnf clean all',
      },
      { code: 'ONBUILD RUN dnf -y upgrade-minimal', errors: [{ line: 1, column: 13, endColumn: 35 }], output: 'ONBUILD RUN dnf -y upgrade-minimal && dnf clean all' },
      {
        name: 'each tool cleans its own cache',
        code: 'FROM fedora:40\nRUN dnf install -y a-1 && microdnf install -y b-1 && dnf clean all\n',
        errors: [{ line: 2, column: 27, endColumn: 43 }],
        output: 'FROM fedora:40\nRUN dnf install -y a-1 && microdnf install -y b-1 && dnf clean all && microdnf clean all\n',
      },
      {
        name: 'a heredoc script gets the clean on a new line',
        code: 'FROM fedora:40\nRUN <<EOF\nset -e\ndnf install -y a-1\nEOF\n',
        errors: [{ line: 4, column: 1, endColumn: 12 }],
        output: 'FROM fedora:40\nRUN <<EOF\nset -e\ndnf install -y a-1\ndnf clean all\nEOF\n',
      },
    ],
  });
});
