import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3008.js';
import { ruleTests } from './tester.js';

describe('DL3008 apt-get-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN apt-get install -y python=1.2.2',
      'RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*\n',
      'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb',
      { name: 'the value of --snapshot is a date, not a package', code: 'RUN apt-get install -y --snapshot 20260301T000000Z curl=8.5.0-2 && apt-get -S 20260301T000000Z install -y jq=1.6-2.1\n' },
      'RUN apt-get install -y -t bookworm-backports curl=7.88.1',
      'RUN apt-get install -y --target-release=bookworm-backports curl=7.88.1',
      'RUN apt-get install -y curl/bookworm-backports',
      'RUN apt-get update && apt-get upgrade -y',
      { name: 'a variable resolved from ENV holds pinned packages', code: 'FROM debian\nENV PKGS="curl=7.88 wget=1.21"\nRUN apt-get install -y $PKGS\n' },
      { name: 'an ARG without a value is unknown, not unpinned', code: 'FROM debian\nARG PKGS\nRUN apt-get install -y $PKGS\n' },
      { name: 'a build arg pins the package', code: 'FROM debian\nARG CURL=curl\nRUN apt-get install -y $CURL\n', buildArgs: { CURL: 'curl=7.88' } },
      'RUN apt-get install -y $(cat /tmp/packages.txt)',
      { name: 'a heredoc written to a file is data', code: 'FROM debian\nRUN cat <<EOF > /tmp/notes\napt-get install curl\nEOF\n' },
      'RUN apt install -y curl',
    ],
    invalid: [
      {
        code: 'RUN apt-get update && apt-get install python',
        errors: [{ line: 1, column: 39, endColumn: 45, messageId: 'unpinned' }],
        output: null,
      },
      {
        name: 'a variable resolved from ENV holds one unpinned package',
        code: 'FROM debian\nENV PKGS="curl=7.88 wget"\nRUN apt-get install -y $PKGS\n',
        errors: [
          {
            line: 3,
            column: 24,
            endColumn: 29,
            message:
              'Pin versions in apt-get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>` (unpinned: `wget`)',
          },
        ],
      },
      {
        name: 'the shell script in a RUN heredoc',
        code: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
        errors: [{ line: 4, column: 20, endColumn: 24 }],
      },
      { code: 'ONBUILD RUN apt-get install -y curl', errors: [{ line: 1, column: 32, endColumn: 36 }] },
      {
        name: 'a name with an unknown part is still a name without a version',
        code: 'FROM debian\nRUN apt-get install -y postgresql-${PG_MAJOR} $EXTRA\n',
        errors: [{ line: 2, column: 24, endColumn: 46, message: expectUnpinned('`postgresql-${PG_MAJOR}`') }],
      },
      { code: 'RUN ["apt-get", "install", "-y", "curl"]', errors: [{ line: 1, column: 34, endColumn: 40 }] },
      {
        name: 'one finding per RUN, listing every unpinned package',
        code: 'RUN apt-get install -y curl \\\n  git=1 \\\n  wget && apt-get install -y jq',
        errors: [{ line: 1, column: 24, endColumn: 28, message: expectUnpinned('`curl`, `wget`, `jq`') }],
      },
      {
        code: 'RUN apt-get install -y a b c d e f=1 g',
        errors: [{ line: 1, message: expectUnpinned('`a`, `b`, `c`, `d`, `e` and 1 more') }],
      },
    ],
  });
});

function expectUnpinned(packages: string): string {
  return `Pin versions in apt-get install. Instead of \`apt-get install <package>\` use \`apt-get install <package>=<version>\` (unpinned: ${packages})`;
}
