import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/LegacyKeyValueFormat.js';
import { ruleTests } from './tester.js';

describe('LegacyKeyValueFormat (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\nENV testkey=value\nLABEL key=value\n',
      'FROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n',
    ],
    invalid: [
      {
        code: 'FROM scratch\nENV testkey value\nLABEL key value\n',
        errors: [
          { line: 2, column: 5, endColumn: 18, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' },
          { line: 3, column: 7, endColumn: 16, message: '"LABEL key=value" should be used instead of legacy "LABEL key value" format' },
        ],
        output: 'FROM scratch\nENV testkey=value\nLABEL key=value\n',
      },
      {
        name: 'the value is escaped to stay one word',
        code: 'FROM alpine\nenv GREETING hello  big\tworld\nLABEL description "a b" c \'d e\'\n',
        errors: [
          { line: 2, column: 5, endColumn: 30, message: '"env key=value" should be used instead of legacy "env key value" format' },
          { line: 3, column: 7, endColumn: 32, message: '"LABEL key=value" should be used instead of legacy "LABEL key value" format' },
        ],
        output: 'FROM alpine\nenv GREETING=hello\\ \\ big\\\tworld\nLABEL description="a b"\\ c\\ \'d e\'\n',
      },
      {
        name: 'escape directive',
        code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV APP_DIR C:\\Program Files\\App\n',
        errors: [
          { line: 3, column: 5, endColumn: 33, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' },
        ],
        output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV APP_DIR=C:\\Program` Files\\App\n',
      },
      {
        name: 'no fix across continuation lines',
        code: 'FROM alpine\nENV A one \\\n  two\n',
        errors: [
          { line: 2, column: 5, endLine: 3, endColumn: 6, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' },
        ],
        output: null,
      },
      {
        name: 'no fix for an unclosed quote',
        code: 'FROM alpine\nENV A "one two\n',
        errors: [
          { line: 2, column: 5, endColumn: 15, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' },
        ],
        output: null,
      },
    ],
  });
});

