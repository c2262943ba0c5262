import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3002.js';
import { ruleTests } from './tester.js';

describe('DL3002 last-user-root', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n',
      'FROM debian:12\nRUN whoami\n',
      { name: 'a stage that ends as root is reported, not the stage built on it', code: 'FROM debian:12 AS base\nUSER app\nFROM base\nRUN id\n' },
      { name: 'before any FROM there is no stage (hadolint agrees)', code: 'USER root\n' },
      { name: 'an ARG without a value may be any user', code: 'FROM debian:12\nARG RUN_AS\nUSER ${RUN_AS}\n' },
      { name: 'the global ARG is not visible inside the stage', code: 'ARG RUN_AS=root\nFROM debian:12\nUSER $RUN_AS\n' },
      { name: 'user names are case-sensitive on Linux', code: 'FROM debian:12\nUSER ROOT\n' },
      { name: 'ONBUILD USER does not change this image', code: 'FROM debian:12\nUSER app\nONBUILD USER root\n' },
    ],
    invalid: [
      { code: 'FROM debian:12\nUSER root\n', errors: [{ line: 2, column: 6, endColumn: 10, messageId: 'root' }], output: null },
      { code: 'FROM scratch\nUSER 0:0\nRUN x\n', errors: [{ line: 2, column: 6, endColumn: 9, message: 'Last USER should not be root: the stage runs as `0:0`' }] },
      { code: 'FROM scratch\nUSER root:wheel\n', errors: [{ line: 2, messageId: 'root' }] },
      { name: 'the last USER of the stage counts', code: 'FROM debian:12\nUSER app\nRUN id\nUSER 0\n', errors: [{ line: 4, column: 6, endColumn: 7 }] },
      {
        name: 'every stage is checked, not only the last one',
        code: 'FROM debian:12 AS build\nUSER root\nRUN make\nFROM debian:12\nUSER app\n',
        errors: [{ line: 2, messageId: 'root' }],
      },
      { name: 'quotes are removed as BuildKit does', code: 'FROM debian:12\nUSER "root"\n', errors: [{ line: 2, column: 6, endColumn: 12 }] },
      { name: 'variables resolve to root', code: 'FROM debian:12\nARG RUN_AS=root\nUSER ${RUN_AS}\n', errors: [{ line: 3, message: 'Last USER should not be root: the stage runs as `root`' }] },
      {
        name: "Windows' administrator account",
        code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n',
        errors: [{ line: 2, column: 6, endColumn: 28 }],
      },
    ],
  });
});
