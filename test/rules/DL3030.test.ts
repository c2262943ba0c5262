import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3030.js';
import { ruleTests } from './tester.js';

describe('DL3030 yum-install-without-yes', () => {
  ruleTests(rule, {
    valid: [
      'RUN yum install -y httpd-2.4.24 && yum clean all',
      'RUN yum -y install httpd-2.4.24',
      'RUN yum --assumeyes install httpd-2.4.24',
      'RUN yum install -qy httpd-2.4.24',
      'RUN yum install httpd-2.4.24 -y',
      'RUN yum remove httpd',
      'RUN yum update',
      'RUN notyum install httpd',
      'RUN sudo yum install httpd',
      { name: 'a SHELL that runs PowerShell', code: 'FROM alpine\nSHELL ["pwsh", "-c"]\nRUN yum install httpd\n' },
    ],
    invalid: [
      {
        code: 'RUN yum install httpd-2.4.24 && yum clean all',
        errors: [{ line: 1, column: 5, endColumn: 16, messageId: 'prompts' }],
        output: 'RUN yum -y install httpd-2.4.24 && yum clean all',
      },
      {
        code: 'ONBUILD RUN yum groupinstall "Development Tools"',
        errors: [{ line: 1, column: 13, endColumn: 29, message: '`yum groupinstall` stops at a confirmation prompt the build cannot answer: add `-y`' }],
        output: 'ONBUILD RUN yum -y groupinstall "Development Tools"',
      },
      {
        name: 'one finding per RUN, every command fixed',
        code: 'FROM centos:7\nRUN yum localinstall /tmp/a.rpm; \\\n    yum --setopt=tsflags=nodocs install b-1\n',
        errors: [{ line: 2, column: 5, endColumn: 21, messageId: 'prompts' }],
        output: 'FROM centos:7\nRUN yum -y localinstall /tmp/a.rpm; \\\n    yum -y --setopt=tsflags=nodocs install b-1\n',
      },
      {
        name: 'group and module installs',
        code: 'FROM rockylinux:9\nRUN yum group install "Development Tools" && yum module install nodejs:18\n',
        errors: [{ line: 2, column: 5, endColumn: 22 }],
        output: 'FROM rockylinux:9\nRUN yum -y group install "Development Tools" && yum -y module install nodejs:18\n',
      },
      {
        name: 'exec form',
        code: 'FROM centos:7\nRUN ["yum", "install", "httpd-2.4.6"]\n',
        errors: [{ line: 2, column: 6, endColumn: 22 }],
        output: 'FROM centos:7\nRUN ["yum", "-y", "install", "httpd-2.4.6"]\n',
      },
      {
        name: 'a heredoc script',
        code: 'FROM centos:7\nRUN <<EOF\nyum install httpd-2.4.6\nEOF\n',
        errors: [{ line: 3, column: 1, endColumn: 12 }],
        output: 'FROM centos:7\nRUN <<EOF\nyum -y install httpd-2.4.6\nEOF\n',
      },
      {
        name: 'a value option before the subcommand',
        code: 'FROM centos:7\nRUN yum --enablerepo epel install jq-1.6\n',
        errors: [{ line: 2, column: 5, endColumn: 34 }],
        output: 'FROM centos:7\nRUN yum -y --enablerepo epel install jq-1.6\n',
      },
    ],
  });
});
