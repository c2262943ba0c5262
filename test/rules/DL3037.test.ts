import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3037.js';
import { ruleTests } from './tester.js';

describe('DL3037 zypper-unpinned-packages', () => {
  ruleTests(rule, {
    valid: [
      'RUN zypper install -y tomcat=9.0.39 && zypper clean',
      'RUN zypper install -y tomcat\\>9.0 && zypper clean',
      'RUN zypper install -y tomcat\\<9.0 && zypper clean',
      "RUN zypper -n install 'tomcat>=9' 'curl<=8.9'",
      'ONBUILD RUN zypper install -y tomcat=9.0.39 && zypper clean',
      'RUN zypper -n install ./local-1.0.rpm',
      'RUN zypper -n install -t pattern devel_basis',
      'RUN zypper -n install --from repo-oss tomcat=9.0.39',
      'RUN zypper -n remove tomcat',
      { name: 'a spec from an ARG', code: 'FROM opensuse/leap:15.6\nARG PKG=tomcat=9.0.39\nRUN zypper -n install "$PKG"\n' },
    ],
    invalid: [
      {
        code: 'RUN zypper install -y tomcat && zypper clean',
        errors: [{ line: 1, column: 23, endColumn: 29, message: 'Pin a version for `tomcat`: `zypper install <package>=<version>`' }],
        output: null,
      },
      {
        name: 'an unquoted constraint is a redirection',
        code: 'RUN zypper -n in tomcat>=9 curl=8',
        errors: [{ line: 1, column: 18, endColumn: 24, messageId: 'unpinned' }],
      },
      { code: 'ONBUILD RUN zypper -n install -t package vim', errors: [{ line: 1, column: 42, endColumn: 45 }] },
    ],
  });
});
