import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/ExposeProtoCasing.js';
import { ruleTests } from './tester.js';

describe('ExposeProtoCasing (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine\nEXPOSE 80 443/tcp 53/udp\n',
      { name: 'a spec after an invalid one (in sorted order) is never checked', code: 'FROM alpine\nEXPOSE 90/TCP 80/foo\n' },
    ],
    invalid: [
      {
        code: 'FROM alpine\nEXPOSE 80/TCP 53/Udp\n',
        errors: [
          { line: 2, column: 8, endColumn: 14, message: "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase" },
          { line: 2, column: 15, endColumn: 21, message: "Defined protocol '53/Udp' in EXPOSE instruction should be lowercase" },
        ],
        output: 'FROM alpine\nEXPOSE 80/tcp 53/udp\n',
      },
      {
        name: 'after expansion, without a fix',
        code: 'FROM alpine\nARG PORTS="80/TCP 81/UDP"\nEXPOSE $PORTS\n',
        errors: [
          { line: 3, column: 8, endColumn: 14, message: "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase" },
          { line: 3, column: 8, endColumn: 14, message: "Defined protocol '81/UDP' in EXPOSE instruction should be lowercase" },
        ],
        output: null,
      },
      {
        name: 'a spec sorted before an invalid one is still checked',
        code: 'FROM alpine\nEXPOSE 70/TCP 80/foo\n',
        errors: [
          { line: 2, column: 8, endColumn: 14, message: "Defined protocol '70/TCP' in EXPOSE instruction should be lowercase" },
        ],
        output: 'FROM alpine\nEXPOSE 70/tcp 80/foo\n',
      },
    ],
  });
});

