import { describe, expect, it } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/MultipleInstructionsDisallowed.js';
import { ruleTests, runRule } from './tester.js';

describe('MultipleInstructionsDisallowed (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
      'FROM alpine\nCMD ["a"]\nFROM alpine\nCMD ["b"]\n',
    ],
    invalid: [
      {
        code: '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
        errors: [
          { line: 3, column: 1, endColumn: 11, message: 'Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used' },
          { line: 5, column: 1, endColumn: 4, message: 'Multiple CMD instructions should not be used in the same stage because only the last one will be used' },
          { line: 7, column: 1, endColumn: 12, message: 'Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used' },
        ],
        output: null,
      },
      {
        name: 'named as the later instruction writes it',
        code: 'FROM alpine\nCMD ["a"]\ncmd ["b"]\nHEALTHCHECK NONE\nhealthcheck CMD true\n',
        errors: [
          { line: 2, column: 1, endColumn: 4, message: 'Multiple cmd instructions should not be used in the same stage because only the last one will be used' },
          { line: 4, column: 1, endColumn: 12, message: 'Multiple healthcheck instructions should not be used in the same stage because only the last one will be used' },
        ],
        output: null,
      },
    ],
  });

  it('is reported on the earlier instruction; a check comment on the later one skips it', () => {
    const code = 'FROM alpine\nCMD ["a"]\n# check=skip=MultipleInstructionsDisallowed\nCMD ["b"]\nCMD ["c"]\n';
    expect(runRule(rule, { code }).findings.map((finding) => finding.line)).toEqual([4]);
  });
});
