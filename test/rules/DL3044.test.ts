import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3044.js';
import { ruleTests } from './tester.js';

describe('DL3044 env-references-same-instruction', () => {
  ruleTests(rule, {
    valid: [
      'ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"\n',
      'ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"\n',
      'ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"\n',
      'ENV BLA blubb\nENV BLA=${BLA}\n',
      'ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}\n',
      { name: 'its own previous value', code: 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8\n' },
      { name: 'set by an earlier ENV', code: 'FROM alpine:3.20\nENV A=1\nENV A=2 B=$A\n' },
      { name: 'set by an earlier ENV before any FROM', code: 'ENV A=1\nENV A=2 B=$A\n' },
      { name: 'declared by an ARG', code: 'FROM alpine:3.20\nARG A\nENV A=1 B=$A\n' },
      { name: 'single quotes are not expanded', code: "FROM alpine:3.20\nENV A=1 B='$A'\n" },
      { name: 'an escaped dollar is not expanded', code: 'FROM alpine:3.20\nENV A=1 B=\\$A\n' },
      { name: 'ARG defaults do see earlier pairs', code: 'ARG A=1 B=$A\n' },
    ],
    invalid: [
      {
        code: 'ENV BLA="blubb" BLUBB="${BLA}/blubb"\n',
        errors: [
          {
            line: 1,
            column: 24,
            endColumn: 30,
            messageId: 'sameInstruction',
            message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `BLA` is not set yet when this line is expanded',
          },
        ],
        output: null,
      },
      { code: 'ENV BLA="blubb" BLUBB="$BLA"\n', errors: [{ line: 1, column: 24, endColumn: 28 }] },
      { name: 'a pair that comes later', code: 'ENV B=$A A=1\n', errors: [{ line: 1, column: 7, endColumn: 9 }] },
      { name: 'with a default', code: 'ENV A=1 B=${A:-x}\n', errors: [{ line: 1, column: 11, endColumn: 18 }] },
      { name: 'one finding per ENV', code: 'ENV A=1 B=$A C=$A\n', errors: [{ line: 1, column: 11, endColumn: 13 }] },
      { name: 'another stage does not count', code: 'FROM alpine:3.20\nENV A=1\nFROM alpine:3.20\nENV A=2 B=$A\n', errors: [{ line: 4, messageId: 'sameInstruction' }] },
      { name: 'across continuation lines', code: 'FROM alpine:3.20\nENV A=1 \\\n  B=$A\n', errors: [{ line: 3, column: 5, endColumn: 7 }] },
    ],
  });
});
