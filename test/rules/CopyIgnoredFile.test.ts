import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/CopyIgnoredFile.js';
import { ruleTests } from './tester.js';

describe('CopyIgnoredFile (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      { code: 'FROM scratch\nCOPY Dockerfile .\n', dockerignore: '\n**\n!Dockerfile\n' },
      { code: 'FROM scratch\nCOPY . .\n', dockerignore: '\n.*\n' },
      { code: 'FROM scratch\nCOPY --from=build Dockerfile .\nADD https://example.com/Dockerfile .\nADD git@github.com:acme/app.git /src\n', dockerignore: 'Dockerfile\n*.git\n' },
      { name: 'no .dockerignore', code: 'FROM scratch\nCOPY Dockerfile .\n' },
      { code: 'FROM scratch\nCOPY <<EOF /x\nhi\nEOF\n', dockerignore: '*\n' },
    ],
    invalid: [
      {
        code: '\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n',
        dockerignore: '\nDockerfile\n',
        errors: [
          { line: 3, column: 6, endColumn: 16, message: 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore' },
          { line: 4, column: 5, endColumn: 15, message: 'Attempting to Add file "Dockerfile" that is excluded by .dockerignore' },
        ],
        output: null,
      },
      {
        name: 'sources are cleaned and parent directories count',
        code: 'FROM alpine\nCOPY ./src/../secrets/key.pem /k\nCOPY ["node_modules/x", "/nm"]\n',
        dockerignore: 'secrets\n**/node_modules\n',
        errors: [
          { line: 2, column: 6, endColumn: 30, message: 'Attempting to Copy file "secrets/key.pem" that is excluded by .dockerignore' },
          { line: 3, column: 7, endColumn: 23, message: 'Attempting to Copy file "node_modules/x" that is excluded by .dockerignore' },
        ],
        output: null,
      },
      {
        name: 'the context root only for everything-patterns',
        code: 'FROM alpine\nCOPY . /app\n',
        dockerignore: '**\n',
        errors: [
          { line: 2, column: 6, endColumn: 7, message: 'Attempting to Copy file "." that is excluded by .dockerignore' },
        ],
        output: null,
      },
      {
        name: 'sources are expanded',
        code: 'FROM alpine\nARG ENV_FILE=.env\nCOPY $ENV_FILE /app/\n',
        dockerignore: '.env\n',
        errors: [
          { line: 3, column: 6, endColumn: 15, message: 'Attempting to Copy file ".env" that is excluded by .dockerignore' },
        ],
        output: null,
      },
    ],
  });
});

