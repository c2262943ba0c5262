import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/ReservedStageName.js';
import { ruleTests } from './tester.js';

describe('ReservedStageName (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\n',
      'FROM alpine AS base\n',
      'FROM alpine AS scratchy\n',
    ],
    invalid: [
      {
        code: 'FROM scratch AS scratch\nFROM scratch AS context\n',
        errors: [
          { line: 1, column: 17, endColumn: 24, message: 'Stage name should not use the same name as reserved stage "scratch"' },
          { line: 2, column: 17, endColumn: 24, message: 'Stage name should not use the same name as reserved stage "context"' },
        ],
        output: null,
      },
      {
        code: 'FROM alpine AS Scratch\n',
        errors: [
          { line: 1, column: 16, endColumn: 23, message: 'Stage name should not use the same name as reserved stage "scratch"' },
        ],
        output: null,
      },
    ],
  });
});

