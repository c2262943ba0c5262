import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3061.js';
import { ruleTests } from './tester.js';

describe('DL3061 instruction-before-from', () => {
  ruleTests(rule, {
    valid: ['ARG A=B\nFROM foo\nLABEL foo=bar\n', 'FROM foo\nARG A=B\nRUN echo bla\n', '# syntax=docker/dockerfile:1\n# a comment\nARG V=1\nFROM alpine:${V}\n'],
    invalid: [
      {
        code: 'LABEL foo=bar\nFROM foo\n',
        errors: [{ line: 1, column: 1, endColumn: 6, messageId: 'beforeFrom', message: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment: `LABEL` comes before the first FROM' }],
        output: null,
      },
      { name: 'each one, ARGs excepted', code: 'ARG A=1\nENV B=2\nARG C=3\nrun echo\nFROM alpine:3.20\n', errors: [{ line: 2, column: 1, endColumn: 4 }, { line: 4, column: 1, endColumn: 4 }] },
      { name: 'a file without FROM, as hadolint', code: 'RUN echo hi\n', errors: [{ line: 1 }] },
    ],
  });
});
