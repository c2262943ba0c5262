import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3018.js';
import { ruleTests } from './tester.js';

describe('DL3018 apk-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN apk add flex=2.6.4-r1',
      'RUN apk add --no-cache git~2.52.0 "git-lfs~=3.5" "python3<3.13" "libbz2>=1.0.6"',
      'RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 \\\n&& apk del build-dependencies',
      'RUN apk add --no-cache --virtual=.build-deps gcc=13.2.1_git20240309-r0',
      'RUN apk add --no-cache -t .deps gcc=13.2.1_git20240309-r0',
      'RUN apk add --no-cache --repository https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0',
      'RUN apk add --no-cache -X https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0',
      'RUN apk add --root /mnt --no-cache busybox=1.36.1-r29',
      'RUN apk add mypackage-1.1.1.apk',
      'RUN apk del curl',
      { name: 'a shell variable we cannot see', code: 'RUN buildDeps="gcc make"; apk add --virtual .build-deps $buildDeps' },
      { name: 'a package list from ENV', code: 'FROM alpine\nENV DEPS="curl=8.9.1-r2 git=2.45.2-r0"\nRUN apk add --no-cache $DEPS\n' },
    ],
    invalid: [
      { code: 'RUN apk add flex', errors: [{ line: 1, column: 13, endColumn: 17, messageId: 'unpinned' }], output: null },
      {
        code: 'RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1',
        errors: [
          {
            line: 3,
            column: 1,
            endColumn: 7,
            message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>` (unpinned: `libffi`)',
          },
        ],
      },
      { name: 'global options before add', code: 'RUN apk --no-cache add --virtual .build-deps gcc musl-dev=1.2', errors: [{ line: 1, column: 46, endColumn: 49 }] },
      { code: 'ONBUILD RUN apk add --no-cache git', errors: [{ line: 1 }] },
      { name: 'a package list from ENV', code: 'FROM alpine\nENV DEPS="curl=8.9.1-r2 git"\nRUN apk add --no-cache $DEPS\n', errors: [{ line: 3, column: 24, endColumn: 29 }] },
    ],
  });
});
