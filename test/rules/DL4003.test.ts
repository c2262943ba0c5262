import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL4003.js';
import { ruleTests } from './tester.js';

describe('DL4003 multiple-cmd', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:12\nCMD ["bash"]\n',
      { name: 'one per stage', code: 'FROM debian:12 AS distro1\nCMD bash\nFROM debian:12 AS distro2\nCMD another\n' },
      { name: 'a stage overriding its base', code: 'FROM debian:12 AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\n' },
      { name: 'ONBUILD CMD is for another build', code: 'FROM debian:12\nCMD a\nONBUILD CMD b\n' },
    ],
    invalid: [
      {
        code: 'FROM debian\nCMD bash\nRUN foo\nCMD another\n',
        errors: [
          {
            line: 4,
            column: 1,
            endColumn: 4,
            messageId: 'multiple',
            message: 'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect (this one overrides line 2)',
          },
        ],
        output: null,
      },
      { code: 'FROM debian as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another\n', errors: [{ line: 4 }] },
      { name: 'every extra one, before any FROM too', code: 'CMD a\nCMD b\nCMD c\n', errors: [{ line: 2 }, { line: 3, message: 'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect (this one overrides line 2)' }] },
    ],
  });
});
