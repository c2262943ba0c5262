import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3034.js';
import { ruleTests } from './tester.js';

describe('DL3034 zypper-without-non-interactive', () => {
  ruleTests(rule, {
    valid: [
      'RUN zypper install -n httpd=2.4.24 && zypper clean',
      'RUN zypper install -y httpd=2.4.24 && zypper clean',
      'RUN zypper --non-interactive install httpd=2.4.24',
      'RUN zypper install --no-confirm httpd=2.4.24',
      'ONBUILD RUN zypper -n in httpd=2.4.24',
      'RUN zypper refresh',
      'RUN zypper update',
    ],
    invalid: [
      {
        code: 'RUN zypper install httpd=2.4.24 && zypper clean',
        errors: [{ line: 1, column: 5, endColumn: 19, messageId: 'prompts' }],
        output: 'RUN zypper -n install httpd=2.4.24 && zypper clean',
      },
      {
        name: 'short forms and other subcommands',
        code: 'FROM opensuse/leap:15.6\nRUN zypper rm vim && zypper si gcc && zypper patch\n',
        errors: [{ line: 2, column: 5, endColumn: 14, message: '`zypper rm` stops at a confirmation prompt the build cannot answer: add `-n`' }],
        output: 'FROM opensuse/leap:15.6\nRUN zypper -n rm vim && zypper -n si gcc && zypper -n patch\n',
      },
      {
        name: '--yes is not a zypper option',
        code: 'ONBUILD RUN zypper --yes install httpd=2.4.24',
        errors: [{ line: 1, column: 13, endColumn: 33 }],
        output: 'ONBUILD RUN zypper -n --yes install httpd=2.4.24',
      },
    ],
  });
});
