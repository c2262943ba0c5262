import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS102.js';
import { ruleTests } from './tester.js';

describe('SS102 deleted-in-later-layer', () => {
  ruleTests(rule, {
    valid: [
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      {
        name: 'a RUN that refreshes the lists again cleans its own copy',
        code: 'FROM debian\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n',
      },
      { name: 'lists kept in a cache mount never reach a layer', code: 'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n' },
      { name: 'a build directory made and removed in one RUN', code: 'FROM alpine\nRUN git clone https://example.com/r.git\nRUN cd r && mkdir build && cd build && make && cd .. && rm -rf build\n' },
      { name: 'downloads streamed to stdout', code: 'FROM alpine\nRUN wget -qO- https://example.com/x.tgz | tar xz\nRUN rm -f x.tgz\n' },
      { name: 'a purge in the installing RUN', code: 'FROM debian\nRUN apt-get install -y gcc && make && apt-get purge -y gcc\n' },
      { name: 'ADD unpacks local archives, so nothing of the archive is left', code: 'FROM debian\nADD app.tar.gz /opt/\nRUN rm -rf /opt/app.tar.gz\n' },
    ],
    invalid: [
      {
        name: 'apt lists removed in a RUN of their own',
        code: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n',
        errors: [
          {
            line: 3,
            column: 12,
            endColumn: 32,
            messageId: 'file',
            message:
              '`/var/lib/apt/lists/*` deletes what line 2 created (the apt package lists): a later RUN cannot make the image smaller; clean up in the RUN that creates it',
          },
        ],
        output: null,
      },
      {
        name: 'a download removed after extracting in the next RUN',
        code: 'FROM alpine:3.20\nWORKDIR /tmp\nRUN wget https://example.com/tool.tar.gz\nRUN tar -xzf tool.tar.gz -C /opt && rm tool.tar.gz\n',
        errors: [{ line: 4, column: 40, endColumn: 51, messageId: 'file' }],
        output: null,
      },
      {
        name: 'build packages purged later',
        code: 'FROM debian\nRUN apt-get update && apt-get install -y build-essential\nRUN make\nRUN apt-get purge -y build-essential\n',
        errors: [
          {
            line: 4,
            column: 22,
            endColumn: 37,
            messageId: 'package',
            message:
              '`build-essential` was installed on line 2: removing it in a later RUN does not make the image smaller; install, use and remove it in one RUN, or use a build stage',
          },
        ],
        output: null,
      },
      { name: 'an apk virtual package deleted later', code: 'FROM alpine\nRUN apk add --virtual .deps gcc\nRUN apk del .deps\n', errors: [{ line: 3, column: 13, endColumn: 18, messageId: 'package' }], output: null },
      {
        name: 'a copied archive',
        code: 'FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
        errors: [{ line: 3, column: 43, endColumn: 58, message: '`/tmp/app.tar.gz` deletes what line 2 created (copied by COPY): a later RUN cannot make the image smaller; clean up in the RUN that creates it' }],
        output: null,
      },
      {
        name: 'a cache cleared by its own command',
        code: 'FROM python:3.12\nRUN pip install -r requirements.txt\nRUN pip cache purge\n',
        errors: [
          {
            line: 3,
            column: 5,
            endColumn: 20,
            messageId: 'cleaned',
            message:
              '`pip cache purge` clears what line 2 created (the pip download cache): a later RUN cannot make the image smaller; clean up in the RUN that creates it',
          },
        ],
        output: null,
      },
      { name: 'a glob, in a stage built on the one that downloaded', code: 'FROM debian AS a\nRUN curl -o /tmp/x.bin https://e.com/x.bin\nFROM a\nRUN rm /tmp/*\n', errors: [{ line: 4, column: 8, endColumn: 14 }], output: null },
      { name: 'a clone removed from its parent directory', code: 'FROM debian\nRUN git clone https://github.com/o/r.git /src/r\nRUN cd /src && rm -rf r\n', errors: [{ line: 3, column: 23, endColumn: 24 }], output: null },
    ],
  });
});
