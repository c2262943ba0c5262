import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3033.js';
import { ruleTests } from './tester.js';

describe('DL3033 yum-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN yum install -y tomcat-9.2 && yum clean all',
      'RUN yum install -y openssl-1:1.1.1k',
      'RUN yum install -y rpm-sign-4.16.1.3',
      'RUN yum install -y gcc-c++-1.1.1',
      'RUN yum install -y foo-1.2.3-4.el8.x86_64',
      'RUN yum module install -y tomcat:9 && yum clean all',
      'RUN yum install -y /tmp/local-package.rpm https://example.com/other.rpm',
      'RUN yum install -y @development',
      'RUN yum groupinstall -y "Development Tools"',
      'RUN yum -y group install "Development Tools"',
      'RUN yum localinstall -y ./foo.rpm',
      'RUN yum install -y --setopt tsflags=nodocs tomcat-9.2',
      'ENV version=2.51.0-2.fc42\nRUN yum -y install git-core-${version}\n',
      'FROM fedora:42\nENV version=2.51.0-2.fc42\nRUN yum -y install git-core-${version}\n',
      { name: 'an ARG declared in another stage', code: 'FROM fedora:42 AS build\nARG version=2.51.0-2.fc42\nFROM fedora:42\nRUN yum -y install git-core-${version}\n' },
      { name: 'an ARG without default', code: 'FROM fedora:42\nARG VERSION\nRUN yum -y install git-core-"${VERSION}"\n' },
      { name: 'a whole package spec from an ARG', code: 'FROM fedora:42\nARG PKG=git-core-2.51.0\nRUN yum -y install ${PKG}\n' },
      { name: 'a default in the expansion', code: 'FROM fedora:42\nARG V\nRUN yum -y install git-core-${V:-2.51.0}\n' },
      'RUN yum remove -y tomcat',
    ],
    invalid: [
      {
        code: 'RUN yum install -y tomcat && yum clean all',
        errors: [{ line: 1, column: 20, endColumn: 26, message: 'Pin a version for `tomcat`: `yum install <package>-<version>`' }],
        output: null,
      },
      {
        code: 'RUN yum module install -y tomcat && yum clean all',
        errors: [{ line: 1, column: 27, endColumn: 33, message: 'Name the stream of module `tomcat`: `yum module install <module>:<stream>`' }],
      },
      {
        name: 'an ENV of an unrelated stage',
        code: 'FROM fedora:42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:42\nRUN yum -y install git-core-${version}\n',
        errors: [{ line: 4, column: 20, endColumn: 39, messageId: 'unpinned' }],
      },
      {
        name: 'an ARG set to something that is not a version',
        code: 'FROM fedora:42\nARG VERSION=latest\nRUN yum -y install git-core-$VERSION\n',
        errors: [{ line: 3, column: 20, endColumn: 37 }],
      },
      {
        name: 'several in one RUN',
        code: 'FROM centos:7\nRUN yum install -y a-1 b c && yum install -y d\n',
        errors: [{ line: 2, column: 24, endColumn: 25, message: 'Pin a version for `b`, `c`, `d`: `yum install <package>-<version>`' }],
      },
      {
        name: 'ONBUILD triggers see no ARG values',
        code: 'FROM centos:7\nARG V=1\nONBUILD RUN yum install -y foo-${V}\n',
        errors: [{ line: 3, column: 28, endColumn: 36 }],
      },
      { code: 'RUN yum install -y foo-bar1 python3.11 foo-v1', errors: [{ line: 1, column: 20, endColumn: 28 }] },
    ],
  });
});
