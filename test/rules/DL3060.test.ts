import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3060.js';
import { ruleTests } from './tester.js';

describe('DL3060 yarn-cache-kept', () => {
  ruleTests(rule, {
    valid: [
      'RUN foo',
      'RUN yarn install bar && yarn cache clean',
      'RUN yarn install --frozen-lockfile && yarn cache clean --force',
      'RUN yarn install && rm -rf /usr/local/share/.cache/yarn',
      'ONBUILD RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar',
      'RUN --mount=type=tmpfs,target=/usr/local/share/.cache/yarn yarn install',
      { name: 'a mount on a moved cache', code: 'FROM node\nENV YARN_CACHE_FOLDER=/yarn\nRUN --mount=type=cache,target=/yarn yarn install\n' },
      { name: 'a stage that never reaches the image', code: 'FROM node AS deps\nRUN yarn install\nFROM node\nCOPY --from=deps /app/node_modules ./node_modules\n' },
      'RUN yarn build',
    ],
    invalid: [
      {
        code: 'RUN yarn install foo',
        errors: [{ line: 1, column: 5, endColumn: 17, messageId: 'keepsCache' }],
        output: 'RUN yarn install foo && yarn cache clean',
      },
      { code: 'RUN yarn cache clean && yarn install foo', errors: [{ line: 1, column: 25, endColumn: 37 }] },
      { name: 'a second install after the clean', code: 'RUN yarn install && yarn cache clean && yarn install --production', errors: [{ line: 1, column: 41, endColumn: 53 }] },
      { code: 'ONBUILD RUN --mount=type=cache,target=/var/lib/foobar yarn install foobar', errors: [{ line: 1 }] },
      {
        name: 'an ONBUILD trigger in a stage that is not reused',
        code: 'FROM node:lts-alpine as foo\nONBUILD RUN yarn install foo\nFROM scratch\nONBUILD RUN hey!\n',
        errors: [{ line: 2 }],
      },
      { code: 'FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!\n', errors: [{ line: 2 }] },
      {
        code: 'FROM node\nRUN <<EOF\nyarn install\nEOF\n',
        errors: [{ line: 3, column: 1, endColumn: 13 }],
        output: 'FROM node\nRUN <<EOF\nyarn install\nyarn cache clean\nEOF\n',
      },
    ],
  });
});
