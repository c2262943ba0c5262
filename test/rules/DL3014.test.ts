import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3014.js';
import { ruleTests } from './tester.js';

describe('DL3014 apt-get-missing-yes', () => {
  ruleTests(rule, {
    valid: [
      'RUN apt-get install -yq python',
      'RUN apt-get -y install python',
      'RUN apt-get --yes install python',
      'RUN apt-get --assume-yes install python',
      'RUN apt-get install -qq python',
      'RUN apt-get install -q -q python',
      'RUN apt-get install -q=2 python',
      'RUN apt-get install --quiet --quiet python',
      'RUN apt-get install --quiet=2 python',
      'RUN apt-get -o APT::Get::Assume-Yes=true install python',
      'ONBUILD RUN apt-get install -y python',
      'RUN apt-get update',
      'RUN apt install python',
      { name: 'options held in a variable we cannot see', code: 'FROM debian\nARG APT_OPTS\nRUN apt-get install $APT_OPTS python\n' },
      { name: 'options from ENV', code: 'FROM debian\nENV APT_OPTS="-y --no-install-recommends"\nRUN apt-get install $APT_OPTS python\n' },
    ],
    invalid: [
      {
        code: 'RUN apt-get install python',
        errors: [{ line: 1, column: 5, endColumn: 20, messageId: 'missingYes' }],
        output: 'RUN apt-get install -y python',
      },
      { code: 'RUN apt-get install -q python', errors: [{ line: 1 }], output: 'RUN apt-get install -y -q python' },
      { code: 'RUN apt-get install --quiet python', errors: [{ line: 1 }], output: 'RUN apt-get install -y --quiet python' },
      {
        name: 'one finding per RUN, a fix for every command',
        code: 'RUN apt-get install python && apt-get update && apt-get install curl',
        errors: [{ line: 1, column: 5, endColumn: 20 }],
        output: 'RUN apt-get install -y python && apt-get update && apt-get install -y curl',
      },
      {
        code: 'RUN ["apt-get", "install", "curl"]',
        errors: [{ line: 1, column: 6, endColumn: 26 }],
        output: 'RUN ["apt-get", "install", "-y", "curl"]',
      },
      {
        code: 'FROM debian\nRUN <<EOF\napt-get install curl\nEOF\n',
        errors: [{ line: 3, column: 1, endColumn: 16 }],
        output: 'FROM debian\nRUN <<EOF\napt-get install -y curl\nEOF\n',
      },
    ],
  });
});
