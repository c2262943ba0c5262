import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3066.js';
import { ruleTests } from './tester.js';

describe('DL3066 non-numeric-user', () => {
  ruleTests(rule, {
    valid: [
      'USER 12345\n',
      'FROM node:22\nUSER 1000:1000\n',
      { name: 'only the user part must be numeric', code: 'FROM node:22\nUSER 1000:node\n' },
      { name: 'a declared ARG is the caller\'s choice', code: 'ARG APP_UID\nFROM foobar:barfoo\nUSER ${APP_UID}\n' },
      { name: 'an ARG default that is a UID', code: 'FROM node:22\nARG UID=10001\nUSER $UID\n' },
      { name: 'the .NET images set APP_UID to a UID', code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n' },
      { name: 'an image outside the table may set the variable', code: 'FROM registry.example.com/team/base:1\nUSER ${SERVICE_UID}\n' },
      { name: 'Windows accounts have no UID', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n' },
      { name: 'a Windows shell in effect', code: 'FROM example.com/base:1\nSHELL ["cmd", "/S", "/C"]\nUSER ContainerAdministrator\n' },
    ],
    invalid: [
      {
        code: 'USER foobar\n',
        errors: [{ line: 1, column: 6, endColumn: 12, messageId: 'nonNumeric', message: 'Non-numeric user-id may not be resolvable by host system: `foobar` is a name, not a UID' }],
        output: null,
      },
      { code: 'FROM node:22\nUSER node:1000\n', errors: [{ line: 2, column: 6, endColumn: 15 }] },
      { name: 'a variable that resolves to a name', code: 'FROM node:22\nENV RUN_AS=node\nUSER $RUN_AS\n', errors: [{ line: 3, message: 'Non-numeric user-id may not be resolvable by host system: `node` is a name, not a UID' }] },
      { name: 'a variable never declared', code: 'FROM node:22\nUSER $X\n', errors: [{ line: 2, column: 6, endColumn: 8, messageId: 'unset' }] },
      { name: 'a variable alpine does not set', code: 'FROM alpine:3.20\nUSER $APP_UID\n', errors: [{ line: 2, column: 6, endColumn: 14, messageId: 'unset' }] },
    ],
  });
});
