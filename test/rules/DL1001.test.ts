import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL1001.js';
import { ruleTests } from './tester.js';

describe('DL1001 inline-ignore-pragma', () => {
  ruleTests(rule, {
    valid: [
      '# hadolint shell=powershell # foobar\nFROM ubuntu\n',
      '# hadolint shell=powershell\nRUN foo bar\n',
      'FROM debian\nRUN foo bar\n',
      { name: 'a file-wide pragma', code: '# hadolint global ignore=DL3000\nFROM debian\n' },
      { name: 'a stage pragma', code: '# hadolint stage ignore=DL3000\nFROM debian\n' },
      { name: 'a malformed pragma, which hadolint cannot parse either', code: 'FROM debian\n# hadolint ignore=crazy\nRUN x\n' },
      { name: 'text after the codes without a `#`', code: 'FROM debian\n# hadolint ignore=DL3000 because\nRUN x\n' },
      { name: 'inside a continuation, where BuildKit drops comments', code: 'FROM debian\nRUN a \\\n# hadolint ignore=DL3000\n  b\n' },
    ],
    invalid: [
      {
        code: '# hadolint ignore=DL3000\nFROM debian\n',
        errors: [{ line: 1, column: 1, endColumn: 25, messageId: 'inline', message: 'Inline ignore comment for DL3000: keep suppressions in the shared configuration' }],
        output: null,
      },
      {
        name: 'whitespace, a reason and several codes',
        code: 'FROM debian\n  #hadolint ignore = DL3000 , DL4000 # legacy\nRUN x\n',
        errors: [{ line: 2, column: 3, endColumn: 46, message: 'Inline ignore comment for DL3000, DL4000: keep suppressions in the shared configuration' }],
      },
      { name: 'each one, even without an instruction below', code: '# hadolint ignore=DL3000\n# hadolint ignore=DL4000\n', errors: [{ line: 1 }, { line: 2 }] },
    ],
  });
});
