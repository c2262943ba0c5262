import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS109.js';
import { ruleTests } from './tester.js';

describe('SS109 missing-dockerignore', () => {
  ruleTests(rule, {
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY src/ ./src/\n',
      { name: 'a .dockerignore that keeps the usual suspects out', code: 'FROM node:22-alpine\nCOPY . .\n', dockerignore: '.git\n.env*\nnode_modules\n' },
      { name: 'an allow-list .dockerignore', code: 'FROM node:22-alpine\nCOPY . .\n', dockerignore: '*\n!src\n!package*.json\n' },
      { name: 'node_modules only matters for Node projects', code: 'FROM golang:1.22\nCOPY . .\n', dockerignore: '.git\n.env\n' },
      { name: 'a stage the build never reaches', code: 'FROM alpine AS unused\nCOPY . .\nFROM alpine\nCOPY app /app\n' },
      { name: 'COPY --from copies from a stage, not the context', code: 'FROM alpine AS build\nCOPY app /app\nFROM alpine\nCOPY --from=build . /app\n' },
    ],
    invalid: [
      {
        name: 'no .dockerignore was provided',
        code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
        errors: [
          {
            line: 3,
            column: 6,
            endColumn: 7,
            messageId: 'notProvided',
            message: '`.` copies the whole build context, and no .dockerignore was provided: `.git`, `.env` and local build output would go into the image',
          },
        ],
        output: null,
      },
      {
        name: 'a build stage copies the context: it goes to the builder, not into the image',
        code: 'FROM rust:1.82 AS build\nCOPY . .\nRUN cargo build --release\nFROM debian:bookworm-slim\nCOPY --from=build /target/release/app /app\n',
        errors: [
          {
            line: 2,
            column: 6,
            endColumn: 7,
            messageId: 'notProvidedBuildStage',
            message:
              '`.` copies the whole build context into a build stage, and no .dockerignore was provided: `.git`, `.env` and local build output are sent to the builder, and any change to them rebuilds this stage',
          },
        ],
        output: null,
      },
      {
        name: 'a copy into the final image is named before an earlier one in a build stage',
        code: 'FROM node:22 AS build\nCOPY . .\nRUN npm ci\nFROM build AS test\nRUN npm test\nFROM node:22-slim\nCOPY ./ /app\n',
        errors: [{ line: 7, column: 6, endColumn: 8, messageId: 'notProvided' }],
        output: null,
      },
      {
        name: 'a stage built FROM the stage that copies: the files are in the final image',
        code: 'FROM node:22 AS base\nCOPY . .\nFROM base\nCMD ["node", "app.js"]\n',
        errors: [{ line: 2, column: 6, endColumn: 7, messageId: 'notProvided' }],
        output: null,
      },
      {
        name: 'the .dockerignore lets some through',
        code: 'FROM node:22-alpine\nADD ./ /app\n',
        dockerignore: 'node_modules\n*.log\n',
        errors: [{ line: 2, column: 5, endColumn: 7, messageId: 'letsThrough', message: '`./` copies the whole build context, and the .dockerignore lets `.git`, `.env` through' }],
        output: null,
      },
      {
        name: 'node_modules for a project that runs npm',
        code: 'FROM debian:bookworm-slim\nCOPY [".", "/srv"]\nRUN npm ci\n',
        dockerignore: '.git\n.env\n',
        errors: [{ line: 2, column: 7, endColumn: 10, message: '`.` copies the whole build context, and the .dockerignore lets `node_modules` through' }],
        output: null,
      },
    ],
  });
});
