import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3026.js';
import { ruleTests } from './tester.js';

const trusted = (...trustedRegistries: string[]) => ({ trustedRegistries });

describe('DL3026 untrusted-registry', () => {
  ruleTests(rule, {
    valid: [
      { name: 'does nothing without trusted registries', code: 'FROM random.com/debian:12\n' },
      { code: 'FROM random.com/debian:12\n', settings: trusted('x.com', 'random.com') },
      {
        name: 'images without a registry are on docker.io',
        code: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\nFROM index.docker.io/library/ubuntu:18.04\n',
        settings: trusted('docker.io'),
      },
      { code: 'FROM ubuntu:18.04\nFROM gcr.io/distroless/static:nonroot\n', settings: trusted('*') },
      { name: '*.suffix', code: 'FROM a.corp.com/x:1\nFROM b.a.corp.com/x:1\n', settings: trusted('*.corp.com') },
      { name: 'prefix*', code: 'FROM my.registry.io/x:1\n', settings: trusted('my.reg*') },
      { name: 'scratch, stages and unknown variables', code: 'ARG BASE\nFROM scratch AS a\nFROM a\nFROM ${BASE}\n', settings: trusted('trusted.com') },
      { code: 'COPY --from=trusted.com/repo/image:tag /foo /bar\n', settings: trusted('trusted.com') },
      { code: 'RUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar\n', settings: trusted('trusted.com') },
      { name: 'a mount from a stage', code: 'FROM trusted.com/a:1 AS deps\nRUN --mount=from=deps,target=/deps ls /deps\n', settings: trusted('trusted.com') },
    ],
    invalid: [
      {
        code: 'FROM x.com/debian:12\n',
        settings: trusted('*.random.com'),
        errors: [{ line: 1, column: 6, endColumn: 21, messageId: 'untrustedBase', message: 'Use only an allowed registry in the FROM image: `x.com/debian:12` comes from `x.com`, which is not trusted' }],
        output: null,
      },
      { name: '*.suffix needs a subdomain', code: 'FROM corp.com/x:1\n', settings: trusted('*.corp.com'), errors: [{ line: 1 }] },
      { name: 'docker.io when only others are trusted', code: 'FROM ubuntu:22.04\n', settings: trusted('trusted.com'), errors: [{ line: 1, column: 6, endColumn: 18 }] },
      {
        code: 'COPY --from=untrusted.com/repo/image:tag /foo /bar\n',
        settings: trusted('trusted.com'),
        errors: [{ line: 1, column: 6, endColumn: 41, message: 'Use only an allowed registry for images used with `--from`: `untrusted.com/repo/image:tag` comes from `untrusted.com`, which is not trusted' }],
      },
      {
        code: 'RUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar\n',
        settings: trusted('trusted.com'),
        errors: [{ line: 1, column: 24, endColumn: 57, messageId: 'untrustedSource' }],
      },
      { name: 'a --from name that is no stage is pulled from docker.io', code: 'FROM trusted.com/a:1\nCOPY --from=nginx /etc/nginx /etc/nginx\n', settings: trusted('trusted.com'), errors: [{ line: 2 }] },
    ],
  });
});
