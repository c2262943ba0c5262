import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3000.js';
import { ruleTests } from './tester.js';

describe('DL3000 workdir-relative-path', () => {
  ruleTests(rule, {
    valid: ['WORKDIR /usr/local', 'WORKDIR ${work}', "WORKDIR '/usr/local'", 'WORKDIR "/usr/local"', "WORKDIR 'C:\\'", 'WORKDIR C:/'],
    invalid: [
      { code: 'WORKDIR relative/dir', errors: [{ line: 1, column: 9, endColumn: 21, messageId: 'relative' }], output: null },
      { code: 'FROM alpine\nWORKDIR "app"\n', errors: [{ line: 2, message: 'Use absolute WORKDIR: `app` is relative' }] },
    ],
  });
});
