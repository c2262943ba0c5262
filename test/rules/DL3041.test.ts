import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3041.js';
import { ruleTests } from './tester.js';

describe('DL3041 dnf-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN dnf install -y tomcat-9.0.1 && dnf clean all',
      'RUN notdnf install tomcat',
      'ONBUILD RUN dnf install -y gcc-c++-1.1.1',
      'RUN dnf install -y openssl-1:1.1.1k',
      'RUN microdnf module install -y tomcat:9 && microdnf clean all',
      'RUN dnf -y --setopt=group_package_types="mandatory" group install "Development Tools"',
      'RUN microdnf group install -y "Development Tools" && microdnf clean all',
      'RUN dnf -y install @development-tools',
      'ENV version=2.51.0-2.fc42\nRUN dnf -y install git-core-${version}\n',
      'FROM fedora:fc42 AS build\nARG version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN dnf -y install git-core-${version}\n',
      { name: 'a version from an expansion with a replacement', code: 'FROM fedora:42\nARG CUDA=12.8\nRUN dnf install -y cuda-toolkit-${CUDA//./-}\n' },
    ],
    invalid: [
      {
        code: 'RUN dnf install -y tomcat && dnf clean all',
        errors: [{ line: 1, column: 20, endColumn: 26, message: 'Pin a version for `tomcat`: `dnf install <package>-<version>`' }],
        output: null,
      },
      { code: 'ONBUILD RUN dnf install -y tomcat && dnf clean all', errors: [{ line: 1, column: 28, endColumn: 34 }] },
      {
        code: 'RUN microdnf install -y rpm-sign && microdnf clean all',
        errors: [{ line: 1, column: 25, endColumn: 33, message: 'Pin a version for `rpm-sign`: `microdnf install <package>-<version>`' }],
      },
      {
        code: 'ONBUILD RUN dnf module install -y tomcat && dnf clean all',
        errors: [{ line: 1, column: 35, endColumn: 41, messageId: 'noStream' }],
      },
      {
        code: 'FROM fedora:fc42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:fc42\nRUN dnf -y install git-core-${version}\n',
        errors: [{ line: 4, column: 20, endColumn: 39 }],
      },
      { name: 'the short form `in`', code: 'FROM fedora:42\nRUN dnf in -y git\n', errors: [{ line: 2, column: 15, endColumn: 18 }] },
    ],
  });
});
