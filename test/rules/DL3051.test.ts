import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3051.js';
import { ruleTests } from './tester.js';

const settings = { labelSchema: { emptylabel: 'text' as const, link: 'url' as const } };

describe('DL3051 empty-schema-label', () => {
  ruleTests(rule, {
    valid: [
      { code: 'LABEL emptylabel="bar"', settings },
      { name: 'labels outside the schema may be empty', code: 'LABEL other=""', settings },
      { name: 'an ARG without value may come from --build-arg', code: 'FROM a\nARG V\nLABEL emptylabel=$V\n', settings },
      { name: 'a build arg fills it', code: 'FROM a\nARG V=\nLABEL emptylabel=$V\n', settings, buildArgs: { V: 'x' } },
    ],
    invalid: [
      {
        code: 'LABEL emptylabel=""',
        settings,
        errors: [{ line: 1, column: 7, endColumn: 20, messageId: 'empty', message: 'Label `emptylabel` is empty' }],
        output: null,
      },
      { name: 'any schema type', code: 'FROM a\nLABEL link= emptylabel=\'\'\n', settings, errors: [{ line: 2, column: 7, endColumn: 12 }, { line: 2, column: 13, endColumn: 26 }] },
      { name: 'an ARG whose value is empty', code: 'FROM a\nARG V=\nLABEL emptylabel=$V\n', settings, errors: [{ line: 3, column: 7, endColumn: 20 }] },
    ],
  });
});
