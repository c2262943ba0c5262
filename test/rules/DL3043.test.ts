import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3043.js';
import { ruleTests } from './tester.js';

describe('DL3043 onbuild-forbidden-trigger', () => {
  ruleTests(rule, {
    valid: ['ONBUILD USER anything\n', 'ONBUILD RUN anything\n', 'ONBUILD EXPOSE 69\n', 'ONBUILD ARG anything\n', 'FROM debian:buster\n'],
    invalid: [
      {
        code: 'ONBUILD ONBUILD RUN anything\n',
        errors: [{ line: 1, column: 9, endColumn: 16, messageId: 'forbidden', message: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction: `ONBUILD` is not allowed here' }],
        output: null,
      },
      { code: 'ONBUILD MAINTAINER "BoJack Horseman"\n', errors: [{ line: 1, column: 9, endColumn: 19 }] },
      { name: 'keywords in any case', code: 'FROM alpine:3.20\nonbuild from alpine:3.20\n', errors: [{ line: 2, column: 9, endColumn: 13, messageId: 'forbidden' }] },
    ],
  });
});
