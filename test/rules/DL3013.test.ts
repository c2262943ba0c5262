import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3013.js';
import { ruleTests } from './tester.js';

describe('DL3013 pip-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN pip3 install MySQL_python==1.2.2',
      'RUN pip install MySQL_python~=1.2.2',
      "RUN pip install 'alabaster>=0.7' 'sphinx<8' 'docutils!=0.21'",
      'RUN pip install "requests[security]==2.32.3"',
      'RUN pip install mypkg.tar.gz ./dist/app-1.0-py3-none-any.whl .',
      'RUN pip install -r requirements.txt',
      'RUN pip install --requirement=requirements.txt',
      'RUN pip install -rrequirements.txt',
      'RUN pip install pykafka -c constraints.txt',
      'RUN pip install -e .',
      'RUN pip install foo/bar',
      'RUN pip install https://foo.bar/baz.zip',
      'RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext',
      'RUN pip install "r-ext @ git+https://github.com/rtfd/r-ext.git@v1"',
      'RUN pip3 install --target /opt/yamllint --trusted-host host yamllint==1.20.0',
      'RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0',
      'RUN pip install --no-binary :all: --only-binary=:none: foo==1',
      'RUN python3.12 -m pip install example==1.2.2',
      'RUN pipenv install black',
      'RUN pipx install --python "$(which python)" "poetry==1.8.5"',
      'RUN pip install --no-cache-dir --root-user-action ignore poetry==1.8.5',
      'RUN pip download requests',
      'RUN uv pip install requests',
      { name: 'a package list from ENV', code: 'FROM python\nENV TOOLS="black==24.8.0 ruff==0.6.9"\nRUN pip install $TOOLS\n' },
      { name: 'an ARG with no value is unknown', code: 'FROM python\nARG PACKAGES\nRUN pip install $PACKAGES\n' },
      { name: 'a version from a variable', code: 'FROM python\nARG V\nRUN pip install flask==$V\n' },
      { name: 'a heredoc written to a file', code: 'FROM python\nRUN cat <<EOF > /app/setup.sh\npip install flask\nEOF\n' },
    ],
    invalid: [
      { code: 'RUN pip install MySQL_python', errors: [{ line: 1, column: 17, endColumn: 29, messageId: 'unpinned' }], output: null },
      { code: 'RUN pip2 install MySQL_python', errors: [{ line: 1 }] },
      { code: 'ONBUILD RUN python -m pip install --index-url url example', errors: [{ line: 1, column: 51, endColumn: 58 }] },
      { code: 'RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext', errors: [{ line: 1, column: 17, endColumn: 70 }] },
      {
        name: 'the user part of an ssh URL is not a ref',
        code: 'RUN pip install git+ssh://git@github.com/rtfd/read-ext.git#egg=read-ext',
        errors: [{ line: 1 }],
      },
      { code: 'RUN pipx install black', errors: [{ line: 1, column: 18, endColumn: 23 }] },
      { code: 'RUN pip install --root-user-action=ignore mypkg', errors: [{ line: 1, column: 43, endColumn: 48 }] },
      {
        code: 'RUN pip install -U pip setuptools==70 wheel',
        errors: [
          {
            line: 1,
            column: 20,
            endColumn: 23,
            message:
              'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>` (unpinned: `pip`, `wheel`)',
          },
        ],
      },
      { name: 'a heredoc script', code: 'FROM python\nRUN <<EOF\npip install flask\nEOF\n', errors: [{ line: 3, column: 13, endColumn: 18 }] },
      { name: 'a package list from ENV', code: 'FROM python\nENV TOOLS="black==24.8.0 ruff"\nRUN pip install $TOOLS\n', errors: [{ line: 3, column: 17, endColumn: 23 }] },
    ],
  });
});
