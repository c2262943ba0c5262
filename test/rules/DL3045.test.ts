import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3045.js';
import { ruleTests } from './tester.js';

describe('DL3045 copy-relative-without-workdir', () => {
  ruleTests(rule, {
    valid: [
      'COPY bla.sh /usr/local/bin/blubb.sh\n',
      'COPY bla.sh "/usr/local/bin/blubb.sh"\n',
      'COPY bla.sh d:\\mypath\\blubb.sh\n',
      'COPY bla.sh "d:\\mypath\\blubb.sh"\n',
      'COPY bla.sh d:/mypath/blubb.sh\n',
      'FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh\n',
      'COPY src.sh $SRC_BASE_ENV\n',
      'COPY src.sh "$SRC_BASE_ENV"\n',
      'FROM node:22\nWORKDIR /app\nCOPY package.json .\n',
      { name: 'WORKDIR inherited from the parent stage', code: 'FROM debian:buster AS base\nWORKDIR /usr\nFROM debian:buster AS other\nFROM base\nCOPY foo bar\n' },
      { name: 'through two parents', code: 'FROM debian:buster AS base1\nWORKDIR /usr\nFROM base1 AS base2\nFROM base2\nCOPY foo bar\n' },
      { name: 'an absolute path from an ENV', code: 'FROM node:22\nENV APP=/srv/app\nCOPY . $APP\n' },
      'ADD foo bar\n',
    ],
    invalid: [
      {
        code: 'COPY bla.sh "blubb.sh"\n',
        errors: [{ line: 1, column: 13, endColumn: 23, messageId: 'relative', message: "`COPY` to a relative destination without `WORKDIR` set: `blubb.sh` depends on the base image's directory" }],
        output: null,
      },
      { code: 'COPY a b\n', errors: [{ line: 1, column: 8, endColumn: 9 }] },
      { name: 'a WORKDIR in an unrelated stage', code: 'FROM microsoft/windowsservercore AS stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n', errors: [{ line: 4 }] },
      { name: 'WORKDIR set only afterwards', code: 'FROM node:22\nCOPY . .\nWORKDIR /app\n', errors: [{ line: 2, column: 8, endColumn: 9 }] },
      { name: 'ONBUILD WORKDIR is for another build', code: 'FROM node:22\nONBUILD WORKDIR /app\nCOPY . .\n', errors: [{ line: 3 }] },
      { name: 'JSON form', code: 'FROM node:22\nCOPY ["a", "b"]\n', errors: [{ line: 2, column: 12, endColumn: 15 }] },
      { name: 'a relative path from an ENV', code: 'FROM node:22\nENV APP=app\nCOPY . $APP\n', errors: [{ line: 3, message: "`COPY` to a relative destination without `WORKDIR` set: `app` depends on the base image's directory" }] },
    ],
  });
});
