import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3028.js';
import { ruleTests } from './tester.js';

describe('DL3028 gem-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN gem i bundler:1',
      'RUN gem install bunlder:1 nokogirii:1',
      "RUN gem install bundler -v '2.0.1'",
      "RUN gem install bundler --version '2.0.1'",
      "RUN gem install bundler --version='2.0.1'",
      'RUN gem install bundler -v=2.0.1',
      'RUN gem install bundler:2.0.1 -- --use-system-libraries=true',
      'RUN gem install bundler:2.0.1 -- --use-system-libraries true',
      'RUN gem install bundler:2.0.1 --use-system-libraries true',
      'RUN gem install -i /opt/gems --no-document rails:7.2.1',
      'RUN gem install ./vendor/local.gem',
      'RUN gem update --system',
      { name: 'a version from an unknown ARG', code: 'FROM ruby\nARG V\nRUN gem install rails:$V\n' },
    ],
    invalid: [
      { code: 'RUN gem i bundler', errors: [{ line: 1, column: 11, endColumn: 18, messageId: 'unpinned' }], output: null },
      { code: 'RUN gem install bundler', errors: [{ line: 1, column: 17, endColumn: 24 }] },
      { code: 'RUN gem i bunlder:1 nokogiri', errors: [{ line: 1, column: 21, endColumn: 29 }] },
      {
        name: 'options before the gem',
        code: 'RUN gem install --no-document bundler rails:7.2.1',
        errors: [
          {
            line: 1,
            column: 31,
            endColumn: 38,
            message: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>` (unpinned: `bundler`)',
          },
        ],
      },
      { code: 'ONBUILD RUN gem install rake', errors: [{ line: 1 }] },
    ],
  });
});
