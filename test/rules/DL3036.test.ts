import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3036.js';
import { ruleTests } from './tester.js';

describe('DL3036 zypper-cache-not-cleaned', () => {
  ruleTests(rule, {
    valid: [
      'RUN zypper install -y mariadb=10.4 && zypper clean',
      'ONBUILD RUN zypper install -y mariadb=10.4 && zypper clean',
      'ONBUILD RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb',
      'ONBUILD RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb',
      'RUN zypper -n in mariadb=10.4 && zypper cc -a',
      'RUN zypper cc -a && zypper -n in mariadb=10.4 && zypper cc -a',
      'RUN zypper -n in mariadb=10.4 && rm -rf /var/cache/zypp/*',
      'RUN zypper -n remove vim',
    ],
    invalid: [
      {
        code: 'RUN zypper install -y mariadb=10.4',
        errors: [{ line: 1, column: 5, endColumn: 19, messageId: 'cacheLeft' }],
        output: 'RUN zypper install -y mariadb=10.4 && zypper clean --all',
      },
      {
        code: 'RUN zypper clean && zypper install -y mariadb=10.4',
        errors: [{ line: 1, column: 21, endColumn: 35, message: '`zypper install` leaves its package cache in the layer: end the RUN with `zypper clean --all`' }],
        output: 'RUN zypper clean && zypper install -y mariadb=10.4 && zypper clean --all',
      },
      {
        name: 'a mount elsewhere',
        code: 'RUN --mount=type=bind,target=/var/cache/zypp zypper -n in a=1',
        errors: [{ line: 1, column: 46, endColumn: 58 }],
        output: 'RUN --mount=type=bind,target=/var/cache/zypp zypper -n in a=1 && zypper clean --all',
      },
    ],
  });
});
