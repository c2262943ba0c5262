import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/StageNameCasing.js';
import { ruleTests } from './tester.js';

describe('StageNameCasing (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM alpine:3.20 AS build\n',
      'FROM alpine:3.20\n',
      'FROM alpine:3.20 AS build-1.x_y\n',
    ],
    invalid: [
      {
        code: 'FROM golang:1.22 AS Builder\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=Builder /app /app\n',
        errors: [
          { line: 1, column: 21, endColumn: 28, message: "Stage name 'Builder' should be lowercase" },
        ],
        output: 'FROM golang:1.22 AS builder\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=builder /app /app\n',
      },
      {
        name: 'every reference is lowercased with the name',
        code: 'FROM golang AS Builder\nFROM BUILDER AS test\nCOPY --from=Builder /a /b\nRUN --mount=type=cache,from=builder,target=/x true\nONBUILD COPY --from=BuilDer /a /b\n',
        errors: [
          { line: 1, column: 16, endColumn: 23, message: "Stage name 'Builder' should be lowercase" },
        ],
        output: 'FROM golang AS builder\nFROM builder AS test\nCOPY --from=builder /a /b\nRUN --mount=type=cache,from=builder,target=/x true\nONBUILD COPY --from=builder /a /b\n',
      },
      {
        name: 'no fix when a reference cannot be rewritten in place',
        code: 'FROM golang AS Builder\nFROM alpine\nRUN --mount="type=bind,from=Builder,target=/x" true\n',
        errors: [
          { line: 1, column: 16, endColumn: 23, message: "Stage name 'Builder' should be lowercase" },
        ],
        output: null,
      },
      {
        name: 'three arguments without AS are still checked',
        code: 'FROM alpine foo Bar\n',
        errors: [
          { line: 1, column: 17, endColumn: 20, message: "Stage name 'Bar' should be lowercase" },
        ],
        output: null,
      },
      {
        name: 'no fix for a duplicate name',
        code: 'FROM alpine AS base\nFROM alpine AS Base\n',
        errors: [
          { line: 2, column: 16, endColumn: 20, message: "Stage name 'Base' should be lowercase" },
        ],
        output: null,
      },
    ],
  });
});

