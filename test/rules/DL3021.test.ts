import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3021.js';
import { ruleTests } from './tester.js';

describe('DL3021 copy-sources-need-directory', () => {
  ruleTests(rule, {
    valid: [
      'COPY foo bar\n',
      'COPY foo bar baz/\n',
      'COPY foo bar "baz/"\n',
      'COPY ["foo", "bar", "baz/"]\n',
      { name: 'BuildKit copies into `.` as a directory (hadolint flags it)', code: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json .\n' },
      { name: '`..` always exists as a directory', code: 'COPY a b ..\n' },
      { name: 'a variable ending in a slash', code: 'COPY a b ${DEST}/\n' },
      { name: 'an ARG default with a slash', code: 'FROM alpine:3.20\nARG DEST=/srv/\nCOPY a b $DEST\n' },
      { name: 'an unknown variable', code: 'FROM alpine:3.20\nARG DEST\nCOPY a b $DEST\n' },
    ],
    invalid: [
      {
        code: 'COPY foo bar baz\n',
        errors: [{ line: 1, column: 14, endColumn: 17, messageId: 'notDirectory', message: 'COPY with more than 2 arguments requires the last argument to end with /: `baz` does not' }],
        output: 'COPY foo bar baz/\n',
      },
      { name: 'quoted', code: 'COPY foo bar "baz"\n', errors: [{ line: 1, column: 14, endColumn: 19 }], output: 'COPY foo bar "baz/"\n' },
      { name: 'JSON form', code: 'COPY ["foo", "bar", "baz"]\n', errors: [{ line: 1, column: 21, endColumn: 26 }], output: 'COPY ["foo", "bar", "baz/"]\n' },
      { name: 'with --from', code: 'COPY --from=build /a /b /out\n', errors: [{ line: 1, column: 25, endColumn: 29 }], output: 'COPY --from=build /a /b /out/\n' },
      {
        name: 'a variable that resolves without a slash',
        code: 'FROM alpine:3.20\nARG DEST=/srv\nCOPY a b $DEST\n',
        errors: [{ line: 3, message: 'COPY with more than 2 arguments requires the last argument to end with /: `/srv` does not' }],
        output: 'FROM alpine:3.20\nARG DEST=/srv\nCOPY a b $DEST/\n',
      },
      { name: 'heredoc sources count', code: 'COPY <<A <<B /etc/app\na\nA\nb\nB\n', errors: [{ line: 1, column: 14, endColumn: 22 }], output: 'COPY <<A <<B /etc/app/\na\nA\nb\nB\n' },
    ],
  });
});
