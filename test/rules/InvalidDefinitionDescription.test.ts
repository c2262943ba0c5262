import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/InvalidDefinitionDescription.js';
import { ruleTests } from './tester.js';

describe('InvalidDefinitionDescription (BuildKit, experimental)', () => {
  ruleTests(rule, {
    valid: [
      '# check=experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n',
      '# check=experimental=InvalidDefinitionDescription\nFROM alpine\nARG VERSION\n',
    ],
    invalid: [
      {
        code: '# check=experimental=InvalidDefinitionDescription\n# The Go version\nARG GO_VERSION=1.22\n# Builds the binary\nFROM golang:${GO_VERSION} AS Build\n',
        errors: [
          { line: 3, column: 5, endColumn: 15, message: 'Comment for ARG should follow the format: `# GO_VERSION <description>`' },
          { line: 5, column: 30, endColumn: 35, message: 'Comment for FROM should follow the format: `# build <description>`' },
        ],
        output: null,
      },
      {
        name: 'several names',
        code: '# check=experimental=InvalidDefinitionDescription\nFROM alpine\n# args\nARG A=1 B=2\n',
        errors: [
          { line: 4, column: 5, endColumn: 12, message: 'Comment for ARG should follow the format: `# <arg_key> <description>`' },
        ],
        output: null,
      },
      {
        name: 'a blank line does not detach the comment',
        code: '# check=experimental=InvalidDefinitionDescription\nFROM alpine\n# unrelated\n\nARG A\n',
        errors: [
          { line: 5, column: 5, endColumn: 6, message: 'Comment for ARG should follow the format: `# A <description>`' },
        ],
        output: null,
      },
    ],
  });
});

