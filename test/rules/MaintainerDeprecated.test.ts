import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/MaintainerDeprecated.js';
import { ruleTests } from './tester.js';

describe('MaintainerDeprecated (BuildKit)', () => {
  ruleTests(rule, {
    valid: ['FROM scratch\nLABEL maintainer=me\n'],
    invalid: [
      {
        code: 'FROM scratch\nmaintainer me\n',
        errors: [{ line: 2, column: 1, endColumn: 14, message: 'Maintainer instruction is deprecated in favor of using label' }],
        output: null,
      },
    ],
  });
});
