import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3049.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { foo: 'text' as const } };
const two = { labelSchema: { foo: 'text' as const, bar: 'url' as const } };

describe('DL3049 missing-schema-label', () => {
  ruleTests(rule, {
    valid: [
      { name: 'no schema, no requirement', code: 'FROM a\n' },
      { code: 'FROM baseimage\nLABEL foo="bar"', settings },
      { name: 'inherited from the stage it builds on', code: 'FROM baseimage as base\nLABEL foo="bar"\nFROM base\n', settings },
      { name: 'a stage that only provides files', code: 'FROM baseimage as base\nFROM anotherimage\nLABEL foo="bar"\nCOPY --from=base /bar /baz\n', settings },
      { name: 'COPY --from by index', code: 'FROM a AS b\nFROM c\nCOPY --from=0 /x /y\nLABEL foo=1\n', settings },
      { name: 'RUN --mount from a stage', code: 'FROM a AS b\nFROM c\nRUN --mount=from=b,target=/x true\nLABEL foo=1\n', settings },
      { name: 'stage names are case-insensitive', code: 'FROM a AS Base\nLABEL foo=1\nFROM BASE\n', settings },
      { name: 'a chain whose last stage is labelled', code: 'FROM a AS b\nFROM b AS c\nFROM c\nLABEL foo=1\n', settings },
      { name: 'a key from an ARG without value might be the label', code: 'FROM a\nARG KEY\nLABEL ${KEY}=1\n', settings },
      { name: 'a key from an ENV', code: 'FROM a\nENV KEY=foo\nLABEL ${KEY}=1\n', settings },
      { name: 'no stage at all', code: 'LABEL other=1\n', settings },
    ],
    invalid: [
      { code: 'FROM baseimage', settings, errors: [{ line: 1, column: 1, endColumn: 15, messageId: 'missing', message: 'Label `foo` required by the label schema is missing from this stage' }], output: null },
      { code: 'FROM stage1\nLABEL bar="baz"\nFROM stage2\nLABEL buzz="fuzz"\n', settings, errors: [{ line: 1 }, { line: 3 }] },
      { code: 'FROM baseimage as base\nFROM base\n', settings, errors: [{ line: 1 }, { line: 2 }] },
      { name: 'one child labelled, one not', code: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"\n\nFROM base\n', settings, errors: [{ line: 5 }] },
      { name: 'an ONBUILD LABEL does not label this image', code: 'FROM a\nONBUILD LABEL foo=1\n', settings, errors: [{ line: 1 }] },
      {
        name: 'one finding per missing label',
        code: 'FROM a\nLABEL foo=1\nFROM b AS final\n',
        settings: two,
        errors: [
          { line: 1, message: 'Label `bar` required by the label schema is missing from this stage' },
          { line: 3, column: 1, endColumn: 16, message: 'Label `foo` required by the label schema is missing from this stage' },
          { line: 3, message: 'Label `bar` required by the label schema is missing from this stage' },
        ],
      },
    ],
  });
});
