import type { Example } from './types.js';

export const staticSiteNginx: Example = {
  id: 'static-site-nginx',
  title: 'Static site on nginx',
  description:
    'A site generator runs in a Node stage; only the generated files and the server configuration land in an unprivileged nginx image that listens on a high port.',
  kind: 'optimized',
  dockerfile: `# syntax=docker/dockerfile:1
FROM node:22-alpine AS build
WORKDIR /site
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \\
    npm ci
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
`,
  dockerignore: `.git
node_modules/
dist/
.cache/
.env
Dockerfile
.dockerignore
`,
  expect: [],
};
