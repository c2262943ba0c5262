import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL4005.js';
import { ruleTests } from './tester.js';

describe('DL4005 relink-bin-sh', () => {
  ruleTests(rule, {
    valid: ['RUN ln -sf /bin/true /sbin/initctl', 'RUN ln -s foo bar && unrelated && something_with /bin/sh', 'SHELL ["/bin/bash", "-c"]'],
    invalid: [
      {
        code: 'RUN ln -sfv /bin/bash /bin/sh',
        errors: [{ line: 1, column: 5, endColumn: 30, message: 'Use SHELL to change the default shell instead of relinking /bin/sh' }],
        output: null,
      },
      { code: 'ONBUILD RUN ln -sf bash "/bin/sh"', errors: [{ line: 1, column: 13, endColumn: 34, messageId: 'relink' }] },
    ],
  });
});
