import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3016.js';
import { ruleTests } from './tester.js';

describe('DL3016 npm-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN npm install',
      'RUN npm ci --omit=dev',
      'RUN npm install --progress=false',
      'RUN npm install express@4.1.1 sax@0.1.1',
      'RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"',
      'RUN npm install -g express@"4.1.1"',
      'RUN npm install package-v1.2.3.tar package-v1.2.3.tar.gz package-v1.2.3.tgz',
      'RUN npm install /folder ./folder ../folder ~/folder . file:../lib',
      'RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27 git://github.com/npm/npm.git#v1.0.27',
      'RUN npm install github:npm/cli#v10.8.0 npm/cli#v10.8.0',
      'RUN npm run --crazy install',
      'RUN npm install --loglevel verbose --registry https://example.com sax@0.1.1',
      'RUN npm install -w packages/api express@4.21.0',
      { name: 'a package list from ENV', code: 'FROM node\nENV TOOLS="typescript@5.6.3 eslint@9.12.0"\nRUN npm install -g $TOOLS\n' },
      { name: 'an ARG without a value is unknown', code: 'FROM node\nARG TOOLS\nRUN npm install -g $TOOLS\n' },
    ],
    invalid: [
      { code: 'RUN npm install express', errors: [{ line: 1, column: 17, endColumn: 24, messageId: 'unpinned' }], output: null },
      { code: 'RUN npm install @myorg/privatepackage', errors: [{ line: 1, column: 17, endColumn: 38 }] },
      { code: 'RUN npm install --registry=https://example.com express', errors: [{ line: 1, column: 48, endColumn: 55 }] },
      { code: 'RUN npm install --registry https://example.com express', errors: [{ line: 1, column: 48, endColumn: 55 }] },
      {
        name: 'npm aliases of install',
        code: 'RUN npm i -g typescript eslint@9',
        errors: [
          {
            line: 1,
            column: 14,
            endColumn: 24,
            message: 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>` (unpinned: `typescript`)',
          },
        ],
      },
      { code: 'RUN npm install git+https://isaacs@github.com/npm/npm.git', errors: [{ line: 1, column: 17, endColumn: 58 }] },
      { code: 'ONBUILD RUN npm install --global express', errors: [{ line: 1 }] },
      { name: 'a heredoc script', code: 'FROM node\nRUN <<EOF\nnpm install -g pnpm\nEOF\n', errors: [{ line: 3, column: 16, endColumn: 20 }] },
    ],
  });
});
