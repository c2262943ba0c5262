import { describe, expect, it } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/JSONArgsRecommended.js';
import { ruleTests, runRule } from './tester.js';

describe('JSONArgsRecommended (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\nCMD ["mycommand"]\n',
      'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n',
      'FROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand\n',
      'FROM alpine\nHEALTHCHECK CMD curl -f localhost\nRUN echo hi\n',
      { name: 'a trigger replayed in a stage the target does not need', code: 'FROM alpine AS a\nONBUILD CMD run\nFROM a\nFROM alpine\n' },
    ],
    invalid: [
      {
        code: 'FROM scratch\nCMD mycommand\n',
        errors: [
          { line: 2, column: 5, endColumn: 14, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        ],
        output: null,
      },
      {
        code: 'FROM alpine\nentrypoint /bin/app --serve\n',
        errors: [
          { line: 2, column: 12, endColumn: 28, message: 'JSON arguments recommended for entrypoint to prevent unintended behavior related to OS signals' },
        ],
        output: null,
      },
      {
        name: 'a SHELL in another stage does not count',
        code: 'FROM alpine AS a\nSHELL ["/bin/bash", "-c"]\nFROM alpine\nCMD app\n',
        errors: [
          { line: 4, column: 5, endColumn: 8, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        ],
        output: null,
      },
      {
        name: 'an ONBUILD trigger is reported on the FROM that replays it',
        code: 'FROM alpine AS a\nONBUILD CMD app\nFROM a\n',
        errors: [
          { line: 2, column: 13, endColumn: 16, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        ],
        output: null,
      },
    ],
  });

  it('reports a replayed ONBUILD trigger on the FROM line of the stage that replays it', () => {
    const code = 'FROM alpine AS a\nONBUILD CMD app\nFROM a AS b\nFROM a AS c\n';
    expect(runRule(rule, { code }).findings.map((finding) => finding.line)).toEqual([4]);
  });
});
