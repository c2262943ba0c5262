import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3057.js';
import { ruleTests } from './tester.js';

describe('DL3057 healthcheck-missing', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\nHEALTHCHECK CMD /bin/bla\n',
      { name: 'HEALTHCHECK NONE is a decision too', code: 'FROM scratch\nHEALTHCHECK NONE\n' },
      { name: 'the end of an inheritance chain', code: 'FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\nHEALTHCHECK NONE\n' },
      { name: 'inherited from the base stage', code: 'FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base\n' },
      { name: 'a FROM through an ARG that names a stage', code: 'ARG SOURCE=remote\nFROM alpine:3.20 AS base\nFROM base AS remote-install\nFROM ${SOURCE}-install\nHEALTHCHECK CMD true\n' },
      { name: 'nothing to check without a stage', code: 'RUN echo hi\n' },
    ],
    invalid: [
      { code: 'FROM scratch\n', errors: [{ line: 1, column: 1, endColumn: 5, messageId: 'missing', message: '`HEALTHCHECK` instruction missing.' }], output: null },
      { name: 'a stage that does not inherit one', code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\n', errors: [{ line: 3 }] },
      { name: 'each unrelated stage', code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n', errors: [{ line: 1 }, { line: 2 }] },
    ],
  });
});
