import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3038.js';
import { ruleTests } from './tester.js';

describe('DL3038 dnf-install-without-yes', () => {
  ruleTests(rule, {
    valid: [
      'RUN dnf install -y httpd-2.4.24 && dnf clean all',
      'RUN notdnf install httpd',
      'ONBUILD RUN microdnf install -y httpd-2.4.24 && microdnf clean all',
      'RUN dnf --assumeyes --setopt=install_weak_deps=False install httpd-2.4.24',
      'RUN dnf upgrade',
      'RUN dnf5 install httpd',
    ],
    invalid: [
      {
        code: 'RUN dnf install httpd-2.4.24 && dnf clean all',
        errors: [{ line: 1, column: 5, endColumn: 16, messageId: 'prompts' }],
        output: 'RUN dnf -y install httpd-2.4.24 && dnf clean all',
      },
      {
        code: 'ONBUILD RUN dnf install httpd-2.4.24 && dnf clean all',
        errors: [{ line: 1, column: 13, endColumn: 24 }],
        output: 'ONBUILD RUN dnf -y install httpd-2.4.24 && dnf clean all',
      },
      {
        code: 'FROM fedora:40\nRUN microdnf install --nodocs httpd && dnf in git\n',
        errors: [{ line: 2, column: 5, endColumn: 21, message: '`microdnf install` stops at a confirmation prompt the build cannot answer: add `-y`' }],
        output: 'FROM fedora:40\nRUN microdnf -y install --nodocs httpd && dnf -y in git\n',
      },
      {
        code: 'FROM fedora:40\nRUN dnf group install "Development Tools"\n',
        errors: [{ line: 2, column: 5, endColumn: 22, message: '`dnf group install` stops at a confirmation prompt the build cannot answer: add `-y`' }],
        output: 'FROM fedora:40\nRUN dnf -y group install "Development Tools"\n',
      },
    ],
  });
});
