import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3067.js';
import { ruleTests } from './tester.js';

describe('DL3067 copy-entire-root-filesystem', () => {
  ruleTests(rule, {
    valid: ['COPY / /\n', 'COPY --from=build / /app\n', 'COPY --from=build /app /\n', 'COPY --from=build /out/ ./\n'],
    invalid: [
      {
        code: 'COPY --from=build / /\n',
        errors: [{ line: 1, column: 1, endColumn: 22, messageId: 'entireFilesystem', message: 'Do not copy an entire filesystem from another stage: this copies all of `build` onto `/`' }],
        output: null,
      },
      { name: 'an image copied whole', code: 'FROM scratch\nCOPY --from=alpine:3.20 / /\n', errors: [{ line: 2 }] },
      { name: 'other spellings of the roots', code: 'FROM scratch\nCOPY --from=build ./ //\n', errors: [{ line: 2 }] },
      { name: 'the root among other sources', code: 'FROM scratch\nCOPY --from=build /etc / /\n', errors: [{ line: 2 }] },
    ],
  });
});
