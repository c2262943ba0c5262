import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3046.js';
import { ruleTests } from './tester.js';

describe('DL3046 useradd-long-uid-without-no-log-init', () => {
  ruleTests(rule, {
    valid: [
      'RUN useradd luser',
      'RUN useradd -l -u 123456 luser',
      'RUN useradd -lu 123456 luser',
      'RUN useradd --no-log-init -u 123456 luser',
      'RUN useradd -u 12345 luser',
      'RUN useradd -g 123456 luser',
      { name: 'a UID only known at build time', code: 'FROM debian\nARG UID\nRUN useradd -u "$UID" app\n' },
    ],
    invalid: [
      {
        code: 'RUN useradd -u 123456 luser',
        errors: [{ line: 1, column: 5, endColumn: 22, message: '`useradd` with UID 123456 without `-l` writes huge lastlog and faillog files into the layer' }],
        output: 'RUN useradd -l -u 123456 luser',
      },
      {
        code: 'ONBUILD RUN useradd -m --uid=1000000 app && useradd --uid 2000000 other',
        errors: [{ line: 1, column: 13, endColumn: 37, messageId: 'noLogInit' }],
        output: 'ONBUILD RUN useradd -l -m --uid=1000000 app && useradd -l --uid 2000000 other',
      },
      {
        name: 'a UID from an ARG',
        code: 'FROM debian\nARG UID=100001\nRUN useradd -u ${UID} app\n',
        errors: [{ line: 3, column: 5, endColumn: 22, message: '`useradd` with UID 100001 without `-l` writes huge lastlog and faillog files into the layer' }],
        output: 'FROM debian\nARG UID=100001\nRUN useradd -l -u ${UID} app\n',
      },
      {
        name: 'exec form',
        code: 'FROM debian\nRUN ["useradd", "-u123456", "app"]\n',
        errors: [{ line: 2, column: 6, endColumn: 27 }],
        output: 'FROM debian\nRUN ["useradd", "-l", "-u123456", "app"]\n',
      },
    ],
  });
});
