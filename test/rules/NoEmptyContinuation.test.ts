import { describe, expect, it } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/NoEmptyContinuation.js';
import { ruleTests, runRule } from './tester.js';

describe('NoEmptyContinuation (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine\nRUN a \\\n    b\n',
      'FROM alpine\nRUN a \\\n# comment\n    b\n',
      'FROM alpine\nRUN a\n\nRUN b\n',
      'FROM alpine\nRUN <<EOF\n\nEOF\n',
    ],
    invalid: [
      {
        code: 'FROM scratch\nCOPY Dockerfile \\\n\n.\n',
        errors: [
          { line: 4, column: 1, endColumn: 2, message: 'Empty continuation line' },
        ],
        output: 'FROM scratch\nCOPY Dockerfile \\\n.\n',
      },
      {
        name: 'one warning however many empty lines',
        code: 'FROM alpine\nRUN a \\\n\n  b \\\n   \n  c\n',
        errors: [
          { line: 6, column: 1, endColumn: 4, message: 'Empty continuation line' },
        ],
        output: 'FROM alpine\nRUN a \\\n  b \\\n  c\n',
      },
      {
        name: 'an empty last line',
        code: 'FROM alpine\nRUN a \\\n  \n',
        errors: [
          { line: 3, column: 1, endColumn: 3, message: 'Empty continuation line' },
        ],
        output: 'FROM alpine\nRUN a \\\n',
      },
      {
        name: 'an instruction swallowed after an empty line',
        code: 'FROM alpine\nRUN apk add curl \\\n\nRUN echo done\n',
        errors: [
          { line: 4, column: 1, endColumn: 14, message: 'Empty continuation line' },
        ],
        output: 'FROM alpine\nRUN apk add curl \\\nRUN echo done\n',
      },
    ],
  });

  it('is reported on the last line of the instruction, as BuildKit does', () => {
    const { findings } = runRule(rule, { code: 'FROM alpine\nRUN a \\\n\n  b \\\n  c\n' });
    expect(findings.map((finding) => finding.line)).toEqual([5]);
  });
});
