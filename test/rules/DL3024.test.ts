import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3024.js';
import { ruleTests } from './tester.js';

describe('DL3024 duplicate-stage-alias', () => {
  ruleTests(rule, {
    valid: ['FROM node:22 AS foo\nRUN something\nFROM scratch AS bar\nRUN something\n', 'FROM node:22\nFROM node:22\n'],
    invalid: [
      {
        code: 'FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something\n',
        errors: [{ line: 3, column: 17, endColumn: 20, messageId: 'duplicate', message: 'FROM aliases (stage names) must be unique: `foo` is already the name of the stage on line 1' }],
        output: null,
      },
      {
        name: 'names compare without case; each repeat is reported against the first',
        code: 'FROM a:1 AS Foo\nFROM b:1 AS foo\nFROM c:1 AS FOO\n',
        errors: [
          { line: 2, column: 13, endColumn: 16 },
          { line: 3, message: 'FROM aliases (stage names) must be unique: `FOO` is already the name of the stage on line 1' },
        ],
      },
    ],
  });
});
