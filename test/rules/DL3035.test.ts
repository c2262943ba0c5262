import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3035.js';
import { ruleTests } from './tester.js';

describe('DL3035 zypper-dist-upgrade', () => {
  ruleTests(rule, {
    valid: ['RUN zypper -n update', 'RUN zypper -n patch', 'RUN echo zypper dup', 'RUN zypper -n install dup=1'],
    invalid: [
      { code: 'RUN zypper dist-upgrade', errors: [{ line: 1, column: 5, endColumn: 24, messageId: 'distUpgrade' }], output: null },
      {
        code: 'ONBUILD RUN zypper -n dup && zypper dup',
        errors: [{ line: 1, column: 13, endColumn: 26, message: '`zypper dup` upgrades the whole distribution: use a newer base image instead' }],
      },
    ],
  });
});
