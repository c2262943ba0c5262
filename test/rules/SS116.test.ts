import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS116.js';
import { ruleTests } from './tester.js';

describe('SS116 npm-install-instead-of-ci', () => {
  ruleTests(rule, {
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
      { name: 'no lockfile in sight', code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n' },
      { name: 'installing named packages', code: 'FROM node:22-alpine\nCOPY package*.json ./\nRUN npm install -g pm2\n' },
      { name: 'the install comes before the copy', code: 'FROM node:22-alpine\nRUN npm install\nCOPY package-lock.json ./\n' },
    ],
    invalid: [
      {
        name: 'the lockfile named in COPY',
        code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n',
        errors: [{ line: 4, column: 5, endColumn: 16, messageId: 'useCi', message: '`npm install` may resolve versions other than the copied lockfile: use `npm ci`' }],
        output: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
      },
      {
        name: 'the package*.json glob, in a parent stage',
        code: 'FROM node:22 AS deps\nCOPY package*.json ./\nFROM deps\nRUN npm i --omit=dev\n',
        errors: [
          {
            line: 4,
            column: 5,
            endColumn: 10,
            messageId: 'useCiGlob',
            message: '`npm i` may resolve versions other than package-lock.json, which `package*.json` copies when it exists: use `npm ci`',
          },
        ],
        output: 'FROM node:22 AS deps\nCOPY package*.json ./\nFROM deps\nRUN npm ci --omit=dev\n',
      },
    ],
  });
});
