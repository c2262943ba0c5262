import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SecretsUsedInArgOrEnv.js';
import { ruleTests } from './tester.js';

describe('SecretsUsedInArgOrEnv (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'ARG GITHUB_TOKEN\nFROM alpine\n',
      'FROM alpine\nENV PUBLIC_KEY= SECRET_FILE=/run/secret AUTH_MODULE_VERSION=2 AUTHOR=me KEYBOARD=us\n',
    ],
    invalid: [
      {
        code: 'FROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\n',
        errors: [
          { line: 2, column: 5, endColumn: 22, message: 'Do not use ARG or ENV instructions for sensitive data (ARG "SECRET_PASSPHRASE")' },
          { line: 3, column: 5, endColumn: 17, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "SUPER_Secret")' },
          { line: 4, column: 5, endColumn: 13, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "password")' },
          { line: 4, column: 18, endColumn: 24, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "secret")' },
          { line: 5, column: 5, endColumn: 29, message: 'Do not use ARG or ENV instructions for sensitive data (ARG "super_duper_secret_token")' },
          { line: 5, column: 34, endColumn: 38, message: 'Do not use ARG or ENV instructions for sensitive data (ARG "auth")' },
        ],
        output: null,
      },
      {
        name: 'ENV keys are checked after expansion',
        code: 'FROM alpine\nARG NAME=DB_PASSWORD\nENV $NAME=x\n',
        errors: [
          { line: 3, column: 5, endColumn: 10, message: 'Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD")' },
        ],
        output: null,
      },
    ],
  });
});

