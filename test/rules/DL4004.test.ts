import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL4004.js';
import { ruleTests } from './tester.js';

describe('DL4004 multiple-entrypoint', () => {
  ruleTests(rule, {
    valid: ['FROM busybox\n', 'ENTRYPOINT /bin/true\n', 'FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian as distro2\nENTRYPOINT another\n'],
    invalid: [
      {
        code: 'FROM debian:12\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n',
        errors: [
          {
            line: 4,
            column: 1,
            endColumn: 11,
            messageId: 'multiple',
            message:
              'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect (this one overrides line 2)',
          },
        ],
        output: null,
      },
      { name: 'before any FROM', code: 'ENTRYPOINT a\nentrypoint b\n', errors: [{ line: 2, column: 1, endColumn: 11 }] },
    ],
  });
});
