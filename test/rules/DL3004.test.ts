import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3004.js';
import { ruleTests } from './tester.js';

describe('DL3004 sudo-in-run', () => {
  ruleTests(rule, {
    valid: ['RUN apt-get install sudo', 'RUN echo sudo', 'RUN /usr/bin/sudo foo'],
    invalid: [
      { code: 'RUN sudo apt-get update', errors: [{ line: 1, column: 5, endColumn: 9, message: 'Do not use `sudo`: RUN already runs as the current USER' }], output: null },
      { code: 'RUN apt-get update && sudo apt-get install', errors: [{ line: 1, column: 23, endColumn: 27, messageId: 'sudo' }] },
      { code: 'ONBUILD RUN sudo -u app make', errors: [{ line: 1, column: 13, endColumn: 17 }] },
    ],
  });
});
