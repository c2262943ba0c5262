import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3015.js';
import { ruleTests } from './tester.js';

const BASE = 'Avoid additional packages by specifying `--no-install-recommends`';

describe('DL3015 apt-get-install-recommends', () => {
  ruleTests(rule, {
    valid: [
      'RUN apt-get install --no-install-recommends python',
      'RUN apt-get -o APT::Install-Recommends=false install python',
      'RUN apt-get -o APT::Install-Recommends=0 install python',
      'RUN apt-get update',
      {
        name: 'apt configured by an earlier RUN of the stage chain',
        code:
          'FROM debian AS base\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/99norecommends\n' +
          'FROM base\nRUN apt-get install -y python3\n',
      },
      { name: 'options held in a variable we cannot see', code: 'FROM debian\nARG APT_FLAGS\nRUN apt-get install -y $APT_FLAGS python3\n' },
    ],
    invalid: [
      {
        name: 'the estimate of what Recommends add on a slim Debian bookworm base',
        code: 'FROM debian:bookworm-slim\nRUN apt-get install -y python3 python3-pip',
        errors: [
          {
            line: 2,
            column: 5,
            endColumn: 20,
            messageId: 'recommendsEstimate',
            message: `${BASE}: Recommends add ≈ 122 more packages, ≈ 383 MB (estimate, Debian bookworm)`,
          },
        ],
        output: 'FROM debian:bookworm-slim\nRUN apt-get install --no-install-recommends -y python3 python3-pip',
      },
      {
        name: 'no estimate without a base image',
        code: 'RUN apt-get install -y python3 python3-pip',
        errors: [{ line: 1, column: 5, endColumn: 20, messageId: 'recommends', message: BASE }],
        output: 'RUN apt-get install --no-install-recommends -y python3 python3-pip',
      },
      ...(
        [
          ['debian:12-slim', 'python3 python3-pip'],
          ['python:3.12-slim-bookworm', 'python3 python3-pip'],
          ['node:22-bookworm-slim', 'cmake'],
          ['node:22-slim', 'cmake'],
        ] as const
      ).map(([image, packages]) => ({
        name: `an estimate on ${image}: a slim image on Debian bookworm without a toolchain`,
        code: `FROM ${image}\nRUN apt-get install -y ${packages}\n`,
        errors: [
          {
            line: 2,
            messageId: 'recommendsEstimate',
            message:
              packages === 'cmake'
                ? `${BASE}: Recommends add ≈ 78 more packages, ≈ 235 MB (estimate, Debian bookworm)`
                : `${BASE}: Recommends add ≈ 122 more packages, ≈ 383 MB (estimate, Debian bookworm)`,
          },
        ],
      })),
      ...(
        [
          ['node:26.3.0', 'cmake', 'a full image on buildpack-deps already ships gcc and make'],
          ['buildpack-deps:bookworm', 'cmake', 'buildpack-deps itself'],
          ['ruby:2.7.3', 'npm', 'an old full image of another release'],
          ['python:3.12-bookworm', 'python3 python3-pip', 'a full image on bookworm'],
          ['rust:1-slim-bookworm', 'cmake', 'a slim image that ships gcc'],
          ['debian:bullseye-slim', 'cmake', 'an older Debian'],
          ['ubuntu:12.04', 'python3 python3-pip', 'Ubuntu'],
          ['ubuntu:16.04', 'python3 python3-pip', 'Ubuntu'],
          ['alpine:3.20', 'cmake', 'a distribution without apt'],
          ['example.com/team/base:1-slim-bookworm', 'cmake', 'an image the data does not know'],
        ] as const
      ).map(([image, packages, why]) => ({
        name: `no estimate on ${image}: ${why}`,
        code: `FROM ${image}\nRUN apt-get install -y ${packages}\n`,
        errors: [{ line: 2, messageId: 'recommends', message: BASE }],
      })),
      ...(['ubuntu:latest', 'ubuntu', 'ubuntu:24.04', 'debian:trixie-slim', 'python:3.12-slim'] as const).map((image) => ({
        name: `a rough estimate on ${image}, a minimal base of a current release`,
        code: `FROM ${image}\nRUN apt-get install -y python3 python3-pip\n`,
        errors: [{ line: 2, message: `${BASE}: Recommends add ≈ 122 more packages, ≈ 383 MB (rough estimate from Debian bookworm data)` }],
      })),
      {
        name: 'the base is the root of the stage chain, not the first stage of the file',
        code:
          'FROM debian:bookworm-slim AS base\nFROM node:22 AS web\nFROM web\nRUN apt-get install -y cmake\n' +
          'FROM alpine:3.20\nRUN apt-get install -y cmake\nFROM base\nRUN apt-get install -y cmake\n',
        errors: [
          { line: 4, message: BASE },
          { line: 6, message: BASE },
          { line: 8, message: `${BASE}: Recommends add ≈ 78 more packages, ≈ 235 MB (estimate, Debian bookworm)` },
        ],
      },
      {
        name: 'a full Debian base keeps docs, so the same packages weigh more',
        code: 'FROM debian:bookworm\nRUN apt-get install -y python3 python3-pip',
        errors: [{ line: 2, message: `${BASE}: Recommends add ≈ 122 more packages, ≈ 423 MB (estimate, Debian bookworm)` }],
      },
      {
        name: 'packages installed by the base stage are not counted again',
        code:
          'FROM debian:bookworm-slim AS base\nRUN apt-get install -y --no-install-recommends build-essential\n' +
          'FROM base\nRUN apt-get install -y python3 python3-pip\n',
        errors: [{ line: 4, message: `${BASE}: Recommends add ≈ 75 more packages, ≈ 95.2 MB (estimate, Debian bookworm)` }],
      },
      {
        name: 'no estimate for names the data does not know',
        code: 'FROM debian:bookworm-slim\nRUN apt-get install -y my-internal-tool',
        errors: [{ line: 2, messageId: 'recommends', message: BASE }],
        output: 'FROM debian:bookworm-slim\nRUN apt-get install --no-install-recommends -y my-internal-tool',
      },
      { code: 'RUN apt-get -y install python', errors: [{ line: 1, column: 5, endColumn: 23 }], output: 'RUN apt-get -y install --no-install-recommends python' },
      {
        code: 'RUN apt-get install -y curl && apt-get install -y git',
        errors: [{ line: 1, column: 5, endColumn: 20 }],
        output: 'RUN apt-get install --no-install-recommends -y curl && apt-get install --no-install-recommends -y git',
      },
      { code: 'ONBUILD RUN apt-get install -y git', errors: [{ line: 1, column: 13, endColumn: 28 }] },
      {
        name: 'a package list resolved from ENV',
        code: 'FROM debian:bookworm-slim\nENV PKGS="python3 python3-pip"\nRUN apt-get install -y $PKGS\n',
        errors: [{ line: 3, message: `${BASE}: Recommends add ≈ 122 more packages, ≈ 383 MB (estimate, Debian bookworm)` }],
      },
    ],
  });
});
