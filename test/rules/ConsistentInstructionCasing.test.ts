import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/ConsistentInstructionCasing.js';
import { ruleTests } from './tester.js';

describe('ConsistentInstructionCasing (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine\nRUN a\n',
      'from alpine\nrun a\n',
      'arg V=1\nFROM alpine\nRUN a\n',
      'FROM alpine\nONBUILD run a\n',
    ],
    invalid: [
      {
        code: 'FROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n',
        errors: [
          { line: 2, column: 1, endColumn: 5, message: "Command 'copy' should match the case of the command majority (uppercase)" },
        ],
        output: 'FROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n',
      },
      {
        code: 'from scratch\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n',
        errors: [
          { line: 2, column: 1, endColumn: 5, message: "Command 'COPY' should match the case of the command majority (lowercase)" },
        ],
        output: 'from scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n',
      },
      {
        name: 'a tie counts as uppercase',
        code: 'FROM alpine\nrun a\nRUN b\nrun c\n',
        errors: [
          { line: 2, column: 1, endColumn: 4, message: "Command 'run' should match the case of the command majority (uppercase)" },
          { line: 4, column: 1, endColumn: 4, messageId: 'casing' },
        ],
        output: 'FROM alpine\nRUN a\nRUN b\nRUN c\n',
      },
      {
        name: 'mixed case always warns',
        code: 'FROM alpine\nRun a\n',
        errors: [
          { line: 2, column: 1, endColumn: 4, message: "Command 'Run' should match the case of the command majority (uppercase)" },
        ],
        output: 'FROM alpine\nRUN a\n',
      },
    ],
  });
});

