import type { Example } from './types.js';

export const nodeMultistage: Example = {
  id: 'node-multistage',
  title: 'Node.js app, multi-stage',
  description:
    'The same app in three stages on a pinned slim image: production dependencies and the build each get their own stage with npm’s cache mounted, and the final image holds only the built code, runtime dependencies and a non-root user.',
  kind: 'optimized',
  counterpart: 'node-naive',
  dockerfile: `# syntax=docker/dockerfile:1
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \\
    npm ci --omit=dev

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \\
    npm ci
COPY . .
RUN npm run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
# the image's node user, by number so Kubernetes can verify it is not root
USER 1000:1000
EXPOSE 3000
CMD ["node", "dist/server.js"]
`,
  dockerignore: `.git
node_modules/
dist/
coverage/
npm-debug.log*
.env
Dockerfile
.dockerignore
`,
  expect: [],
};
