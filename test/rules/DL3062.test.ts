import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3062.js';
import { ruleTests } from './tester.js';

describe('DL3062 go-unpinned-modules', () => {
  ruleTests(rule, {
    valid: [
      'RUN go install example.com/pkg@v1.2.3',
      'RUN go install /go/app/foobar ./app/foobar . ../tools/...',
      'RUN go get example.com/pkg@v1.2.3',
      'RUN go get -tool foobar@v1.2.3',
      'RUN go get -u',
      'RUN go get -d ./...',
      'RUN go run example.com/pkg@v1.2.3 -foobar --foo bar example.com/other',
      'RUN go run ./app/foobar',
      'RUN go run main.go util.go',
      'RUN go run build.go -no-upgrade build',
      'RUN go install -tags netgo -ldflags "-s -w" example.com/pkg@v1.2.3',
      'RUN go build -o /app ./cmd/app',
      'RUN go mod download',
      { name: 'a version from ENV', code: 'FROM golang\nENV GOPLS=v0.16.2\nRUN go install golang.org/x/tools/gopls@$GOPLS\n' },
      { name: 'a version from an unknown ARG', code: 'FROM golang\nARG GOPLS\nRUN go install golang.org/x/tools/gopls@$GOPLS\n' },
      { name: 'go.mod copied into the image pins what go install builds', code: 'FROM golang\nCOPY ["go.mod", "go.sum", "./"]\nRUN go install github.com/golang/mock/mockgen\n' },
      { name: 'go.mod copied by a parent stage', code: 'FROM golang AS base\nCOPY go.mod go.sum ./\nFROM base\nRUN go run example.com/gen\n' },
      {
        name: 'go.mod bind-mounted into the RUN, and the tool meta-package',
        code: 'FROM golang\nRUN --mount=type=bind,source=go.mod,target=/app/go.mod go install tool example.com/protoc-gen-x\n',
      },
    ],
    invalid: [
      { code: 'RUN go install example.com/pkg', errors: [{ line: 1, column: 16, endColumn: 31, messageId: 'unpinned' }], output: null },
      { code: 'RUN go install example.com/pkg@latest', errors: [{ line: 1 }] },
      { code: 'RUN go install example.com/pkg@none', errors: [{ line: 1 }] },
      {
        code: 'RUN go get -tool foobar@latest',
        errors: [
          {
            line: 1,
            column: 18,
            endColumn: 31,
            message: 'Pin versions in go. Instead of `go get <package>` use `go get <package>@<version>` (unpinned: `foobar@latest`)',
          },
        ],
      },
      { code: 'RUN go run example.com/pkg@latest -f', errors: [{ line: 1, column: 12, endColumn: 34 }] },
      { name: 'a version from ENV that is latest', code: 'FROM golang\nENV V=latest\nRUN go install example.com/pkg@$V', errors: [{ line: 3, column: 16, endColumn: 34 }] },
      { code: 'RUN go install example.com/pkg@v1.2.3 example.com/other', errors: [{ line: 1, column: 39, endColumn: 56 }] },
      { code: 'ONBUILD RUN go install example.com/pkg', errors: [{ line: 1 }] },
      {
        name: 'go get still resolves the newest version with a go.mod, and @latest stays moving',
        code: 'FROM golang\nCOPY go.mod go.sum ./\nRUN go get example.com/a && go install example.com/b@latest\n',
        errors: [
          {
            line: 3,
            column: 12,
            endColumn: 25,
            message: 'Pin versions in go. Instead of `go get <package>` use `go get <package>@<version>` (unpinned: `example.com/a`, `example.com/b@latest`)',
          },
        ],
      },
    ],
  });
});
