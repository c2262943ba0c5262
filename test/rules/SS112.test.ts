import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS112.js';
import { ruleTests } from './tester.js';

describe('SS112 npm-production-flag-deprecated', () => {
  ruleTests(rule, {
    valid: [
      'FROM node:22-alpine\nRUN npm ci --omit=dev\n',
      { name: 'npm 6 (Node 14) has no --omit', code: 'FROM node:14-alpine\nRUN npm ci --only=production\n' },
      { name: 'a stage built on an old node image', code: 'FROM node:12 AS base\nFROM base\nRUN npm install --production\n' },
      { name: 'yarn keeps --production', code: 'FROM node:22\nRUN yarn install --production\n' },
      { name: 'not an install', code: 'FROM node:22\nRUN npm run build -- --production\n' },
    ],
    invalid: [
      {
        name: 'npm ci --only=production on a known npm 7+ image: safe fix',
        code: 'FROM node:22-alpine\nRUN npm ci --only=production && npm prune --production\n',
        errors: [
          { line: 2, column: 12, endColumn: 29, messageId: 'deprecated', message: '`--only=production` is deprecated: use `--omit=dev`' },
          { line: 2, column: 43, endColumn: 55, messageId: 'deprecated' },
        ],
        output: 'FROM node:22-alpine\nRUN npm ci --omit=dev && npm prune --omit=dev\n',
      },
      {
        name: '--only=prod across a line continuation',
        code: 'FROM node:20\nRUN npm install \\\n  --only=prod\n',
        errors: [{ line: 3, column: 3, endColumn: 14, messageId: 'deprecated' }],
        output: 'FROM node:20\nRUN npm install \\\n  --omit=dev\n',
      },
      {
        name: 'unknown npm version: still reported',
        code: 'FROM debian:bookworm\nRUN npm i --production=true\n',
        errors: [{ line: 2, column: 11, endColumn: 28, messageId: 'deprecated' }],
        output: 'FROM debian:bookworm\nRUN npm i --omit=dev\n',
      },
    ],
  });
});
