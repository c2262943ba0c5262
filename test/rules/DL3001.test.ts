import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3001.js';
import { ruleTests } from './tester.js';

describe('DL3001 pointless-command-in-run', () => {
  ruleTests(rule, {
    valid: [
      'RUN apt-get install ssh',
      'RUN command -v ps',
      'RUN sudo top',
      'RUN /usr/bin/top',
      'RUN echo top',
      'RUN ifconfig',
      { name: 'a SHELL that runs cmd', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN ps\n' },
    ],
    invalid: [
      { code: 'RUN top', errors: [{ line: 1, column: 5, endColumn: 8, message: '`top` has nothing to act on while the image builds' }], output: null },
      { code: 'ONBUILD RUN service nginx start', errors: [{ line: 1, column: 13, endColumn: 20, messageId: 'pointless' }] },
      { name: 'through a wrapper', code: 'RUN exec vim /etc/hosts', errors: [{ line: 1, column: 10, endColumn: 13 }] },
      { name: 'in a command substitution', code: 'RUN echo "$(ps aux)" > /x && kill 1', errors: [{ line: 1, column: 13, endColumn: 15 }] },
    ],
  });
});
