import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3063.js';
import { ruleTests } from './tester.js';

describe('DL3063 reserved-stage-alias', () => {
  ruleTests(rule, {
    valid: ['FROM foo:bar AS foobar\n', 'FROM scratch\n', 'FROM alpine:3.20 AS contexts\n'],
    invalid: [
      {
        code: 'FROM foo:bar AS scratch\n',
        errors: [{ line: 1, column: 17, endColumn: 24, messageId: 'reserved', message: 'stage name should not be a reserved word: `scratch` already means something to BuildKit' }],
        output: null,
      },
      { code: 'FROM foo:bar AS context\n', errors: [{ line: 1, column: 17, endColumn: 24 }] },
      { name: 'stage names are lowercased by BuildKit', code: 'FROM foo:bar AS Scratch\n', errors: [{ line: 1, messageId: 'reserved' }] },
    ],
  });
});
