import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS100.js';
import { ruleTests } from './tester.js';

describe('SS100 unknown-rule-in-ignore', () => {
  ruleTests(rule, {
    valid: [
      'FROM a\n# hadolint ignore=DL3000,DL4000\nWORKDIR x\n',
      '# hadolint global ignore=MaintainerDeprecated\nFROM a\n',
      { name: 'ShellCheck codes belong to hadolint', code: 'FROM a\n# hadolint ignore=SC2086,SC1091\nRUN echo $x\n' },
      { name: 'not a pragma: text after the codes without `#`', code: 'FROM a\n# hadolint ignore=DL9999 because\nRUN x\n' },
      { name: 'not an ignore pragma', code: '# hadolint shell=powershell\nFROM a\n' },
    ],
    invalid: [
      {
        name: 'the only code: the fix removes the comment line',
        code: 'FROM a\n# hadolint ignore=DL9999\nRUN x\n',
        errors: [{ line: 2, column: 19, endColumn: 25, messageId: 'unknown', message: '`DL9999` is not a rule code, so ignoring it has no effect' }],
        output: 'FROM a\nRUN x\n',
      },
      {
        name: 'one of several: the fix removes it and its separator',
        code: 'FROM a\n# hadolint ignore=DL3000, DL9999 , DL4000 # legacy\nRUN x\n',
        errors: [{ line: 2, column: 27, endColumn: 33, messageId: 'unknown' }],
        output: 'FROM a\n# hadolint ignore=DL3000, DL4000 # legacy\nRUN x\n',
      },
      {
        name: 'the last of several',
        code: '# hadolint global ignore=DL3000,Foo\nFROM a\n',
        errors: [{ line: 1, column: 33, endColumn: 36, messageId: 'unknown' }],
        output: '# hadolint global ignore=DL3000\nFROM a\n',
      },
      {
        name: 'a rule hadolint removed',
        code: '# hadolint stage ignore=DL3005\nFROM a\n',
        errors: [{ line: 1, column: 25, endColumn: 31, messageId: 'removed', message: '`DL3005` is a rule hadolint removed, so ignoring it has no effect' }],
        output: 'FROM a\n',
      },
      {
        name: 'every code is unknown: both fixes remove the line',
        code: 'FROM a\n  # hadolint ignore=AAA,BBB\nRUN x',
        errors: [
          { line: 2, column: 21, endColumn: 24 },
          { line: 2, column: 25, endColumn: 28 },
        ],
        output: 'FROM a\nRUN x',
      },
      {
        name: 'a malformed code disables the whole comment; removing it is unsafe but offered',
        code: 'FROM a\n# hadolint ignore=crazy,DL3000\nWORKDIR x\n',
        errors: [{ line: 2, column: 19, endColumn: 24, messageId: 'malformed', message: '`crazy` is not a rule code, and because of it the whole ignore comment is disregarded' }],
        output: 'FROM a\n# hadolint ignore=DL3000\nWORKDIR x\n',
      },
      {
        name: 'a lowercase known code',
        code: 'FROM a\n# hadolint ignore=dl3000\nWORKDIR x\n',
        errors: [
          {
            line: 2,
            column: 19,
            endColumn: 25,
            messageId: 'wrongCase',
            message: 'Rule codes are case-sensitive: write `DL3000`; as written, the whole ignore comment is disregarded',
          },
        ],
        output: 'FROM a\n# hadolint ignore=DL3000\nWORKDIR x\n',
      },
      {
        name: 'reported even when pragmas are disabled',
        code: '# hadolint global ignore=NOPE\nFROM a\n',
        settings: { disableIgnorePragma: true },
        errors: [{ line: 1, messageId: 'unknown' }],
      },
    ],
  });
});
