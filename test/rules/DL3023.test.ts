import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3023.js';
import { ruleTests } from './tester.js';

describe('DL3023 copy-from-own-stage', () => {
  ruleTests(rule, {
    valid: [
      'FROM node:22 AS foo\nFROM node:22\nCOPY --from=foo bar .\n',
      { name: 'no stage at all', code: 'COPY --from=foo bar .\n' },
      { name: 'an image that happens to share the name', code: 'FROM node:22 AS node\nCOPY --from=node:22 /usr/local/bin/node /usr/local/bin/\n' },
      { name: 'an earlier stage by index', code: 'FROM node:22\nFROM node:22\nCOPY --from=0 bar .\n' },
    ],
    invalid: [
      {
        code: 'FROM node:22 AS foo\nCOPY --from=foo bar .\n',
        errors: [{ line: 2, column: 6, endColumn: 16, messageId: 'ownStage', message: '`COPY --from` cannot reference its own `FROM` alias: `foo` is the stage this COPY is in' }],
        output: null,
      },
      { name: 'names compare without case, as BuildKit does', code: 'FROM node:22 AS foo\nCOPY --from=FOO bar .\n', errors: [{ line: 2, messageId: 'ownStage' }] },
      { name: 'its own index', code: 'FROM node:22\nFROM node:22\nCOPY --from=1 bar .\n', errors: [{ line: 3, column: 6, endColumn: 14 }] },
    ],
  });
});
