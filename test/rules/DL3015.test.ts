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
        name: 'the estimate of what Recommends add (slim base when unknown)',
        code: 'RUN apt-get install -y python3 python3-pip',
        errors: [
          {
            line: 1,
            column: 5,
            endColumn: 20,
            messageId: 'recommendsEstimate',
            message: `${BASE}: Recommends add ≈ 122 more packages, ≈ 383 MB (estimate, Debian bookworm)`,
          },
        ],
        output: 'RUN apt-get install --no-install-recommends -y python3 python3-pip',
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
        code: 'RUN apt-get install -y my-internal-tool',
        errors: [{ line: 1, messageId: 'recommends', message: BASE }],
        output: 'RUN apt-get install --no-install-recommends -y my-internal-tool',
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
