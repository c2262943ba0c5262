import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3053.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { datelabel: 'rfc3339' as const } };

describe('DL3053 label-not-rfc3339', () => {
  ruleTests(rule, {
    valid: [
      { code: 'LABEL datelabel="2024-05-01T12:00:00Z"', settings },
      { code: 'LABEL other="doo"', settings },
      { code: 'LABEL datelabel=2024-05-01T12:00:00.5+02:00', settings },
      { name: 'an empty value is DL3051\'s finding', code: 'LABEL datelabel=""', settings },
      { name: 'an ARG without value may come from --build-arg', code: 'FROM a\nARG V\nLABEL datelabel=$V\n', settings },
      { name: 'a build arg replaces the default', code: 'FROM a\nARG V=2024-05-01\nLABEL datelabel=$V\n', settings, buildArgs: { V: '2024-05-01T12:00:00Z' } },
    ],
    invalid: [
      {
        code: 'LABEL datelabel="not-date"',
        settings,
        errors: [{ line: 1, column: 17, endColumn: 27, messageId: 'invalid', message: 'Label `datelabel` is not an RFC 3339 timestamp: `not-date`' }],
        output: null,
      },
      {
        name: 'the value is expanded first (hadolint checks the raw `$V`)',
        code: 'FROM a\nARG V="2024-05-01"\nLABEL datelabel=${V}\n',
        settings,
        errors: [{ line: 3, messageId: 'invalid' }],
      },
      { name: 'ONBUILD LABEL is not checked, plain LABEL is', code: 'FROM a\nONBUILD LABEL datelabel=x\nLABEL datelabel="2024-05-01"\n', settings, errors: [{ line: 3 }] },
    ],
  });
});
