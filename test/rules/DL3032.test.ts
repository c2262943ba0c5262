import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3032.js';
import { ruleTests } from './tester.js';

describe('DL3032 yum-cache-not-cleaned', () => {
  ruleTests(rule, {
    valid: [
      'RUN yum install -y mariadb-10.4 && yum clean all',
      'ONBUILD RUN yum install -y mariadb-10.4 && yum clean all',
      'RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*',
      'RUN yum install -y mariadb-10.4; yum -y clean packages',
      'RUN yum install -y mariadb-10.4 && rm -r /var/cache/yum',
      { name: 'a clean before and after', code: 'FROM rockylinux:9\nRUN yum clean all && yum install -y a-1 && yum clean all\n' },
      'RUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4',
      'RUN --mount=type=tmpfs,target=/var/cache/yum/,sharing=locked yum install -y mariadb-10.4',
      { name: 'a builder stage the image does not build on', code: 'FROM centos:7 AS build\nRUN yum install -y gcc-4.8.5\nFROM scratch\nCOPY --from=build /x /x\n' },
      'RUN yum remove -y vim',
    ],
    invalid: [
      {
        name: 'a stage picked by FROM base-${TARGETARCH} reaches an image on some platform',
        code: 'FROM almalinux:8.10 AS base-amd64\nRUN yum install -y gcc-8.5 && yum clean all\nFROM almalinux:8.10 AS base-arm64\nRUN yum install -y clang-17.0\nFROM base-${TARGETARCH}\nCMD ["bash"]\n',
        errors: [{ line: 4 }],
      },
      {
        code: 'RUN yum install -y mariadb-10.4',
        errors: [{ line: 1, column: 5, endColumn: 16, messageId: 'cacheLeft' }],
        output: 'RUN yum install -y mariadb-10.4 && yum clean all',
      },
      {
        name: 'a clean before the install',
        code: 'RUN yum clean all && yum install -y',
        errors: [{ line: 1, column: 22, endColumn: 33 }],
        output: 'RUN yum clean all && yum install -y && yum clean all',
      },
      {
        name: 'a second install after the clean',
        code: 'FROM centos:7\nRUN yum install -y a-1 && yum clean all && yum -y update\n',
        errors: [{ line: 2, column: 44, endColumn: 57, message: '`yum update` leaves its package cache in the layer: end the RUN with `yum clean all`' }],
        output: 'FROM centos:7\nRUN yum install -y a-1 && yum clean all && yum -y update && yum clean all\n',
      },
      {
        name: 'an unrelated rm',
        code: 'ONBUILD RUN yum install -y a-1 && rm -rf /tmp/*',
        errors: [{ line: 1 }],
        output: 'ONBUILD RUN yum install -y a-1 && rm -rf /tmp/* && yum clean all',
      },
      {
        name: 'a trailing comment cannot take an appended command',
        code: 'FROM centos:7\nRUN yum install -y a-1 # no clean\n',
        errors: [{ line: 2 }],
        output: null,
      },
    ],
  });
});
