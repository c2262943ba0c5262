import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3064.js';
import { ruleTests } from './tester.js';

describe('DL3064 secret-in-arg-or-env', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:bullseye\nRUN foobar\n',
      'ARG foobar\nFROM debian:bullseye\nRUN foobar\n',
      'FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar\n',
      { name: 'words that only contain "token"', code: 'FROM python:3.12\nENV TOKENIZERS_PARALLELISM=false\n' },
      { name: 'pointers to a secret, not the secret (hadolint flags them)', code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db MINIO_ACCESS_KEY_FILE=/run/secrets/minio\n' },
      { name: 'public key ids', code: 'FROM debian:12\nENV GPG_KEYS=B42F6819007F00F88E364FD4036A9C25BF357DD4\n' },
      { name: 'user names are not secrets (hadolint flags them)', code: 'FROM debian:12\nARG USERNAME=vscode\n' },
    ],
    invalid: [
      {
        code: 'ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar\n',
        errors: [
          {
            line: 1,
            column: 5,
            endColumn: 22,
            messageId: 'sensitive',
            message: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands: `AWS_ACCESS_KEY_ID` looks like a secret, and its value stays readable in the image',
          },
        ],
        output: null,
      },
      { code: 'ARG openai_api_key\nFROM debian:bullseye\n', errors: [{ line: 1, column: 5, endColumn: 19 }] },
      { code: 'FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\n', errors: [{ line: 2, column: 5, endColumn: 22 }] },
      { name: 'one finding per instruction', code: 'FROM debian:bullseye\nENV A=1 my_password=2 TOKEN=3\n', errors: [{ line: 2, column: 9, endColumn: 20 }] },
      { name: 'camelCase names', code: 'FROM debian:12\nENV dbPassword=x\nARG GithubToken\n', errors: [{ line: 2 }, { line: 3 }] },
      { name: 'ONBUILD triggers too', code: 'FROM node:22\nONBUILD ARG NPM_TOKEN\n', errors: [{ line: 2, column: 13, endColumn: 22 }] },
      { code: 'FROM rails:7\nENV SECRET_KEY_BASE=abc\n', errors: [{ line: 2, messageId: 'sensitive' }] },
    ],
  });
});
