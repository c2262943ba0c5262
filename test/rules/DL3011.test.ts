import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3011.js';
import { ruleTests } from './tester.js';

describe('DL3011 expose-port-out-of-range', () => {
  ruleTests(rule, {
    valid: [
      'EXPOSE 80 443/tcp 53/udp\n',
      'EXPOSE 0 65535\n',
      'EXPOSE 40000-60000/tcp\n',
      { name: 'an unset variable', code: 'EXPOSE ${FOOBAR}\n' },
      { name: 'a variable in range', code: 'FROM nginx:1.27\nARG PORT=8080\nEXPOSE $PORT\n' },
    ],
    invalid: [
      { code: 'EXPOSE 80000\n', errors: [{ line: 1, column: 8, endColumn: 13, messageId: 'range', message: 'Valid UNIX ports range from 0 to 65535: `80000` is not a port' }], output: null },
      { code: 'EXPOSE 65536/udp\n', errors: [{ line: 1, column: 8, endColumn: 17 }] },
      { name: 'either end of a range', code: 'EXPOSE 80-70000\n', errors: [{ line: 1, column: 8, endColumn: 16 }] },
      { name: 'one finding per EXPOSE, at the first bad port', code: 'FROM nginx:1.27\nEXPOSE 80 90000 100000\n', errors: [{ line: 2, column: 11, endColumn: 16 }] },
      { name: 'a variable resolved from its ARG default', code: 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE $PORT\n', errors: [{ line: 3, column: 8, endColumn: 13, message: 'Valid UNIX ports range from 0 to 65535: `99999` is not a port' }] },
      { name: 'the container side of a published port', code: 'EXPOSE 8080:80000\n', errors: [{ line: 1, column: 8, endColumn: 18 }] },
    ],
  });
});
