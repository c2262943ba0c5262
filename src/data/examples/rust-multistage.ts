import type { Example } from './types.js';

export const rustMultistage: Example = {
  id: 'rust-multistage',
  title: 'Rust API, multi-stage',
  description:
    'A Rust web API compiled with the cargo registry and target directory mounted as caches, then copied into a distroless image with just the C runtime it links against.',
  kind: 'optimized',
  dockerfile: `# syntax=docker/dockerfile:1
FROM rust:1.83-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \\
    --mount=type=cache,target=/src/target \\
    cargo build --release --locked \\
 && cp target/release/api /usr/local/bin/api

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /usr/local/bin/api /usr/local/bin/api
# distroless's nonroot user, by number so Kubernetes can verify it is not root
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/api"]
`,
  dockerignore: `.git
target/
Dockerfile
.dockerignore
`,
  expect: [],
};
