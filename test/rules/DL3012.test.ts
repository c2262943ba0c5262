import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3012.js';
import { ruleTests } from './tester.js';

describe('DL3012 multiple-healthchecks', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\nHEALTHCHECK CMD /bin/bla\n',
      { name: 'one per stage', code: 'FROM alpine:3.20 AS a\nHEALTHCHECK CMD a\nFROM alpine:3.20\nHEALTHCHECK CMD b\n' },
      { name: 'a stage overriding its parent', code: 'FROM alpine:3.20 AS a\nHEALTHCHECK CMD a\nFROM a\nHEALTHCHECK NONE\n' },
      { name: 'an ONBUILD trigger is for another build', code: 'FROM alpine:3.20\nHEALTHCHECK CMD a\nONBUILD HEALTHCHECK CMD b\n' },
    ],
    invalid: [
      {
        code: 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2\n',
        errors: [{ line: 3, column: 1, endColumn: 12, messageId: 'multiple', message: 'Multiple `HEALTHCHECK` instructions: this one replaces the one on line 2' }],
        output: null,
      },
      {
        name: 'HEALTHCHECK NONE counts, and each extra one is reported',
        code: 'FROM scratch\nHEALTHCHECK CMD a\nHEALTHCHECK NONE\nHEALTHCHECK CMD b\n',
        errors: [{ line: 3, messageId: 'multiple' }, { line: 4, message: 'Multiple `HEALTHCHECK` instructions: this one replaces the one on line 3' }],
      },
      { name: 'fragments without FROM', code: 'HEALTHCHECK CMD a\nhealthcheck CMD b\n', errors: [{ line: 2, column: 1, endColumn: 12 }] },
    ],
  });
});
