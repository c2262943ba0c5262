import type { Example } from './types.js';

export const goNaive: Example = {
  id: 'go-naive',
  title: 'Go service, single stage',
  description:
    'A Go HTTP service built and run in the full Go toolchain image: the compiler, the module cache and the sources all ship in the final image, and any code change re-downloads every module.',
  kind: 'naive',
  counterpart: 'go-distroless',
  dockerfile: `FROM golang:latest

RUN apt-get update && apt-get install -y git ca-certificates

WORKDIR /go/src/app
COPY . .

RUN go mod download
RUN go build -o /usr/local/bin/server ./cmd/server

EXPOSE 8080
CMD server
`,
  dockerignore: '',
  expect: ['DL3007', 'DL3008', 'DL3015', 'DL3009', 'SS101', 'SS108', 'DL3025'],
};
