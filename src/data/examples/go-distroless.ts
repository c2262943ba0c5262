import type { Example } from './types.js';

export const goDistroless: Example = {
  id: 'go-distroless',
  title: 'Go service, multi-stage on distroless',
  description:
    'The same service compiled in a pinned Go image with module and build caches mounted, then copied alone into a distroless image that has no shell or package manager and runs as a non-root user.',
  kind: 'optimized',
  counterpart: 'go-naive',
  dockerfile: `# syntax=docker/dockerfile:1
FROM golang:1.23-bookworm AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download

COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
# distroless's nonroot user, by number so Kubernetes can verify it is not root
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/server"]
`,
  dockerignore: `.git
bin/
*.test
coverage.out
.env
Dockerfile
.dockerignore
`,
  expect: [],
};
