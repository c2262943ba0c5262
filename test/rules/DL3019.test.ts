import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3019.js';
import { ruleTests } from './tester.js';

describe('DL3019 apk-add-without-no-cache', () => {
  ruleTests(rule, {
    valid: [
      'RUN apk add --no-cache flex=2.6.4-r1',
      'RUN apk --no-cache add flex=2.6.4-r1',
      'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0',
      'RUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl=7.77.0',
      'RUN --mount=type=cache,target=/etc/apk/cache apk add -U curl=7.77.0',
      'RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0',
      { name: 'the cache removed later in the same RUN', code: 'RUN apk add --update curl=7.77.0 && rm -rf /var/cache/apk/*' },
      'RUN apk del curl',
      { name: 'no index is fetched with --no-network', code: 'RUN apk add --no-network --virtual .run-deps $runDeps' },
      { name: 'options held in a variable we cannot see', code: 'FROM alpine\nARG APK_OPTS\nRUN apk add $APK_OPTS curl=7.77.0\n' },
    ],
    invalid: [
      {
        code: 'RUN apk add flex=2.6.4-r1',
        errors: [{ line: 1, column: 5, endColumn: 12, messageId: 'keepsCache' }],
        output: 'RUN apk add --no-cache flex=2.6.4-r1',
      },
      {
        code: 'RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0',
        errors: [{ line: 1, column: 46, endColumn: 53 }],
        output: 'RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0',
      },
      {
        name: 'a cleanup before the install does not count',
        code: 'RUN rm -rf /var/cache/apk/* && apk add curl=1',
        errors: [{ line: 1, column: 32, endColumn: 39 }],
        output: 'RUN rm -rf /var/cache/apk/* && apk add --no-cache curl=1',
      },
      {
        code: 'RUN apk update && apk add curl=1 && apk add --no-cache git=2',
        errors: [{ line: 1, column: 19, endColumn: 26 }],
        output: 'RUN apk update && apk add --no-cache curl=1 && apk add --no-cache git=2',
      },
      { code: 'RUN ["apk", "add", "curl"]', errors: [{ line: 1, column: 6, endColumn: 18 }], output: 'RUN ["apk", "add", "--no-cache", "curl"]' },
      { code: 'ONBUILD RUN apk add curl=1', errors: [{ line: 1, column: 13, endColumn: 20 }], output: 'ONBUILD RUN apk add --no-cache curl=1' },
    ],
  });
});
