import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL4001.js';
import { ruleTests } from './tester.js';

describe('DL4001 both-wget-and-curl', () => {
  ruleTests(rule, {
    valid: [
      'FROM node as foo\nRUN wget my.xyz\n',
      'FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n',
      { name: 'a stage built on another starts afresh, as in hadolint', code: 'FROM node AS a\nRUN wget my.xyz\nFROM a\nRUN curl my.xyz\n' },
      { name: 'ONBUILD triggers are followed apart from RUNs', code: 'FROM node\nRUN wget my.xyz\nONBUILD RUN curl my.xyz\n' },
      'FROM node\nRUN apt-get install -y wget\nRUN curl my.xyz\n',
      'FROM node\nRUN wget my.xyz\nRUN echo curl\n',
    ],
    invalid: [
      {
        code: 'FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n',
        errors: [{ line: 3, column: 5, endColumn: 9, message: '`curl` here and `wget` elsewhere in the stage: pick one download tool' }],
        output: null,
      },
      {
        code: 'FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n',
        errors: [
          { line: 3, messageId: 'both' },
          { line: 5, column: 5, endColumn: 9, message: '`wget` here and `curl` elsewhere in the stage: pick one download tool' },
        ],
      },
      { code: 'FROM node\nRUN wget x && curl y\n', errors: [{ line: 2, column: 5, endColumn: 9 }] },
      { code: 'FROM node\nRUN ["wget", "x"]\nRUN curl y\n', errors: [{ line: 3 }] },
      { code: 'FROM a\nONBUILD RUN wget x\nFROM b\nONBUILD RUN curl y\n', errors: [{ line: 4, column: 13, endColumn: 17 }] },
    ],
  });
});
