import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DuplicateStageName.js';
import { ruleTests } from './tester.js';

describe('DuplicateStageName (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine AS a\nFROM alpine AS b\n',
      'FROM alpine\nFROM alpine\n',
    ],
    invalid: [
      {
        code: 'FROM scratch AS b\nFROM scratch AS b\n',
        errors: [
          { line: 2, column: 17, endColumn: 18, message: 'Duplicate stage name "b", stage names should be unique' },
        ],
        output: null,
      },
      {
        name: 'names compare in lowercase; every later duplicate warns',
        code: 'FROM alpine AS Build\nFROM alpine AS build\nFROM alpine AS BUILD\n',
        errors: [
          { line: 2, column: 16, endColumn: 21, message: 'Duplicate stage name "build", stage names should be unique' },
          { line: 3, column: 16, endColumn: 21, message: 'Duplicate stage name "build", stage names should be unique' },
        ],
        output: null,
      },
    ],
  });
});

