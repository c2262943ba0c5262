import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL4000.js';
import { ruleTests } from './tester.js';

describe('DL4000 maintainer-deprecated', () => {
  ruleTests(rule, {
    valid: ['FROM busybox\nLABEL org.opencontainers.image.authors="x"\n'],
    invalid: [
      {
        code: 'FROM busybox\nMAINTAINER hudu@mail.com',
        errors: [{ line: 2, column: 1, endColumn: 11, messageId: 'deprecated' }],
        output: 'FROM busybox\nLABEL org.opencontainers.image.authors="hudu@mail.com"',
      },
      {
        code: 'MAINTAINER Lukas "the builder"\nFROM DEBIAN',
        errors: [{ line: 1 }],
        output: 'LABEL org.opencontainers.image.authors="Lukas \\"the builder\\""\nFROM DEBIAN',
      },
    ],
  });
});
