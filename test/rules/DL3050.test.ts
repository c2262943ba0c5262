import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3050.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { required: 'text' as const }, strictLabels: true };

describe('DL3050 label-not-in-schema', () => {
  ruleTests(rule, {
    valid: [
      { code: '', settings },
      { code: 'LABEL required="bar"', settings },
      { name: 'strict labels off', code: 'LABEL other="bar"', settings: { labelSchema: { required: 'text' } } },
      { name: 'a key from an ARG without value is unknown', code: 'FROM a\nARG KEY\nLABEL ${KEY}=1\n', settings },
      { name: 'the key is expanded first', code: 'FROM a\nARG KEY=required\nLABEL ${KEY}=1\n', settings },
    ],
    invalid: [
      {
        code: 'LABEL required="foo" other="bar"',
        settings,
        errors: [{ line: 1, column: 22, endColumn: 27, messageId: 'superfluous', message: 'Label `other` is not in the label schema' }],
        output: null,
      },
      { name: 'an empty schema makes every label extra', code: 'LABEL a=1', settings: { strictLabels: true }, errors: [{ line: 1, messageId: 'superfluous' }] },
      {
        name: 'one finding per LABEL, spanning its extra keys',
        code: 'FROM a\nLABEL required="foo" other="bar" \\\n  another=1\nLABEL x=1\n',
        settings,
        errors: [
          { line: 2, column: 22, endLine: 3, endColumn: 10, messageId: 'superfluousMany', message: 'Labels `other`, `another` are not in the label schema' },
          { line: 4, column: 7, endColumn: 8, message: 'Label `x` is not in the label schema' },
        ],
      },
    ],
  });
});
