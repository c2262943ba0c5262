import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS103.js';
import { ruleTests } from './tester.js';

describe('SS103 apt-update-alone', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      { name: 'an upgrade reads the index too', code: 'FROM debian\nRUN apt-get update && apt-get -y upgrade\n' },
      { name: 'an unknown script may install', code: 'FROM debian\nRUN apt-get update && ./install-deps.sh\n' },
      'FROM alpine:3.20\nRUN apk update && apk add curl\n',
      'FROM fedora\nRUN dnf makecache && dnf install -y curl\n',
    ],
    invalid: [
      {
        name: 'the article’s split update and install: merged into the next RUN',
        code: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
        errors: [
          {
            line: 2,
            column: 5,
            endColumn: 19,
            messageId: 'alone',
            message: '`apt-get update` runs in a RUN that installs nothing: its index is cached and goes stale; refresh in the RUN that installs',
          },
        ],
        output: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      },
      {
        name: 'the refresh keeps its options and lands right before the install',
        code: 'FROM debian:bookworm-slim\nRUN apt-get update -qq\nENV DEBIAN_FRONTEND=noninteractive\nRUN set -eux; apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n',
        errors: [{ line: 2, column: 5, endColumn: 23, messageId: 'alone' }],
        output:
          'FROM debian:bookworm-slim\nENV DEBIAN_FRONTEND=noninteractive\nRUN set -eux; apt-get update -qq && apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n',
      },
      {
        name: 'apk add --no-cache fetches its own index: the lone update is just dropped',
        code: 'FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n',
        errors: [{ line: 2, column: 5, endColumn: 15, messageId: 'alone' }],
        output: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
      },
      {
        name: 'the next RUN refreshes itself',
        code: 'FROM debian\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl\n',
        errors: [{ line: 2, column: 5, endColumn: 19, messageId: 'alone' }],
        output: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
      },
      {
        name: 'no fix when the install follows `||`',
        code: 'FROM debian\nRUN apt-get update\nRUN test -x /usr/bin/curl || apt-get install -y curl\n',
        errors: [{ line: 2, column: 5, endColumn: 19 }],
        output: null,
      },
      {
        name: 'no fix when another RUN sits in between',
        code: 'FROM debian\nRUN apt-get update\nRUN make\nRUN apt-get install -y curl\n',
        errors: [{ line: 2 }],
        output: null,
      },
      { name: 'no fix across stages', code: 'FROM debian\nRUN apt-get update\nFROM debian\nRUN apt-get install -y curl\n', errors: [{ line: 2 }], output: null },
      { name: 'dnf makecache', code: 'FROM fedora\nRUN dnf makecache && echo done\n', errors: [{ line: 2, column: 5, endColumn: 18 }], output: null },
    ],
  });
});
