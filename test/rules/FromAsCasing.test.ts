import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/FromAsCasing.js';
import { ruleTests } from './tester.js';

describe('FromAsCasing (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine AS build\n',
      'from alpine as build\n',
      'From alpine as build\n',
      'FROM alpine\n',
      'FROM --platform=$BUILDPLATFORM alpine AS x\n',
    ],
    invalid: [
      {
        code: 'FROM node:20 as build\n',
        errors: [
          { line: 1, column: 14, endColumn: 16, message: "'as' and 'FROM' keywords' casing do not match" },
        ],
        output: 'FROM node:20 AS build\n',
      },
      {
        code: 'from node:20 AS build\n',
        errors: [
          { line: 1, column: 14, endColumn: 16, message: "'AS' and 'from' keywords' casing do not match" },
        ],
        output: 'from node:20 as build\n',
      },
      {
        code: 'FROM node:20 As build\n',
        errors: [
          { line: 1, column: 14, endColumn: 16, message: "'As' and 'FROM' keywords' casing do not match" },
        ],
        output: 'FROM node:20 AS build\n',
      },
      {
        name: 'a word other than AS gets no fix',
        code: 'FROM alpine foo bar\n',
        errors: [
          { line: 1, column: 13, endColumn: 16, message: "'foo' and 'FROM' keywords' casing do not match" },
        ],
        output: null,
      },
    ],
  });
});

