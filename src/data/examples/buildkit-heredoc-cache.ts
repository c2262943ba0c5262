import type { Example } from './types.js';

export const buildkitHeredocCache: Example = {
  id: 'buildkit-heredoc-cache',
  title: 'BuildKit heredocs and cache mounts',
  description:
    'apt keeps its downloads in cache mounts between builds instead of in a layer, a heredoc turns a long && chain into a readable script, and another heredoc writes a config file without a COPY.',
  kind: 'optimized',
  dockerfile: `# syntax=docker/dockerfile:1
FROM debian:bookworm-slim

# Keep downloaded packages for the next build: Debian's image deletes them by default.
RUN rm -f /etc/apt/apt.conf.d/docker-clean

RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\
    --mount=type=cache,target=/var/lib/apt,sharing=locked <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends \\
    ca-certificates=20230311 \\
    curl=7.88.1-10+deb12u8 \\
    python3=3.11.2-1+b1
EOF

COPY <<EOF /etc/app/config.toml
[server]
port = 8080
log_level = "info"
EOF

RUN useradd --uid 10001 --no-create-home app
USER 10001
CMD ["python3", "-m", "http.server", "8080"]
`,
  dockerignore: `.git
Dockerfile
.dockerignore
`,
  expect: [],
};
