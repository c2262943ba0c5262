import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3042.js';
import { ruleTests } from './tester.js';

describe('DL3042 pip-cache-kept', () => {
  ruleTests(rule, {
    valid: [
      'RUN pip2 install MySQL_python --no-cache-dir',
      'RUN pip3 install --no-cache-dir MySQL_python',
      'RUN pip --no-cache-dir install MySQL_python',
      'RUN pipx install software',
      'RUN pipenv install library',
      'RUN pip download requests',
      'ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python',
      'ENV PIP_NO_CACHE_DIR=yes\nRUN pip install MySQL_python',
      'RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python',
      'RUN export PIP_NO_CACHE_DIR=yes && pip install MySQL_python',
      'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n',
      { name: 'an ARG is in the environment of RUN too', code: 'FROM python\nARG PIP_NO_CACHE_DIR=1\nRUN pip install six\n' },
      'RUN --mount=type=cache,target=/root/.cache/pip pip install foobar',
      'RUN --mount=type=tmpfs,target=/root/.cache/pip pip install foobar',
      'RUN --mount=type=cache,target=/root/.cache pip install foobar',
      { name: 'a mount on a moved cache', code: 'FROM python\nENV PIP_CACHE_DIR=/pip-cache\nRUN --mount=type=cache,target=/pip-cache pip install six\n' },
      { name: 'options held in a variable we cannot see', code: 'FROM python\nARG PIP_ARGS\nRUN pip install $PIP_ARGS six\n' },
    ],
    invalid: [
      {
        code: 'RUN pip install MySQL_python',
        errors: [{ line: 1, column: 5, endColumn: 16, messageId: 'keepsCache' }],
        output: 'RUN pip install --no-cache-dir MySQL_python',
      },
      { code: 'ENV PIP_NO_CACHE_DIR=0\nRUN pip install MySQL_python', errors: [{ line: 2 }] },
      { code: 'RUN PIP_NO_CACHE_DIR=no pip install MySQL_python', errors: [{ line: 1 }] },
      { code: 'RUN export PIP_NO_CACHE_DIR=0 && pip install MySQL_python', errors: [{ line: 1 }] },
      {
        name: 'an export after the install comes too late',
        code: 'RUN pip install six && export PIP_NO_CACHE_DIR=1',
        errors: [{ line: 1 }],
        output: 'RUN pip install --no-cache-dir six && export PIP_NO_CACHE_DIR=1',
      },
      { code: 'RUN --mount=type=cache,target=/var/cache/foo pip install six', errors: [{ line: 1, column: 46, endColumn: 57 }] },
      {
        name: 'a fix for every pip command of the RUN',
        code: 'RUN pip install -r a.txt && python3 -m pip install b==1',
        errors: [{ line: 1, column: 5, endColumn: 16 }],
        output: 'RUN pip install --no-cache-dir -r a.txt && python3 -m pip install --no-cache-dir b==1',
      },
      {
        code: 'FROM python\nRUN <<EOF\npip install six\nEOF\n',
        errors: [{ line: 3, column: 1, endColumn: 12 }],
        output: 'FROM python\nRUN <<EOF\npip install --no-cache-dir six\nEOF\n',
      },
      { code: 'ONBUILD RUN pip install six', errors: [{ line: 1, column: 13, endColumn: 24 }], output: 'ONBUILD RUN pip install --no-cache-dir six' },
    ],
  });
});
