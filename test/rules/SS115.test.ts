import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS115.js';
import { ruleTests } from './tester.js';

describe('SS115 recursive-chown-after-copy', () => {
  ruleTests(rule, {
    valid: [
      'FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\n',
      { name: 'a directory the RUN made itself', code: 'FROM alpine:3.20\nRUN mkdir /data && chown -R nobody /data\n' },
      { name: 'single files weigh little', code: 'FROM alpine:3.20\nCOPY entrypoint.sh /usr/local/bin/\nRUN chmod -R 755 /usr/local/bin\n' },
      { name: 'a subdirectory of a copy to / is not known to hold copied files', code: 'FROM alpine:3.20\nCOPY --from=build /target/ /\nRUN chmod -R 1777 /go\n' },
      { name: 'not recursive', code: 'FROM alpine:3.20\nCOPY site /var/www\nRUN chown nobody /var/www\n' },
    ],
    invalid: [
      {
        name: 'COPY . then chown -R',
        code: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nUSER node\n',
        errors: [
          {
            line: 4,
            column: 24,
            endColumn: 28,
            messageId: 'duplicated',
            message: '`chown -R node:node /app` rewrites files copied on line 3, so the image stores them twice: set them with `COPY --chown` instead',
          },
        ],
        output: null,
      },
      {
        name: 'variables from ENV on both sides',
        code: 'FROM node:22-slim\nENV APP=/srv/app\nCOPY --from=build /out $APP/dist\nRUN chmod -R g+w "$APP"\n',
        errors: [{ line: 4, column: 18, endColumn: 24, message: '`chmod -R g+w $APP` rewrites files copied on line 3, so the image stores them twice: set them with `COPY --chmod` instead' }],
        output: null,
      },
      { name: 'a relative path after cd', code: 'FROM alpine\nCOPY site /var/www\nRUN cd /var && chown -R nobody www\n', errors: [{ line: 3, column: 32, endColumn: 35 }], output: null },
      { name: 'files copied in a parent stage', code: 'FROM alpine AS base\nCOPY site /var/www\nFROM base\nRUN chown -R nobody /var/www\n', errors: [{ line: 4, column: 21, endColumn: 29 }], output: null },
    ],
  });
});
