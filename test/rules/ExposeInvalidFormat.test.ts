import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/ExposeInvalidFormat.js';
import { ruleTests } from './tester.js';

describe('ExposeInvalidFormat (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine\nEXPOSE 80 443/tcp 8000-8010\n',
    ],
    invalid: [
      {
        code: '\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n',
        errors: [
          { line: 3, column: 8, endColumn: 23, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'" },
          { line: 3, column: 24, endColumn: 39, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '[::1]:8080:8080'" },
          { line: 3, column: 40, endColumn: 49, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '5000:5000'" },
        ],
        output: '\nFROM scratch\nEXPOSE 80 8080 5000 8000\n',
      },
      {
        name: 'after expansion',
        code: 'FROM alpine\nARG MAP=8080:80/tcp\nEXPOSE $MAP\n',
        errors: [
          { line: 3, column: 8, endColumn: 12, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80/tcp'" },
        ],
        output: null,
      },
    ],
  });
});

