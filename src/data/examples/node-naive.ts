import type { Example } from './types.js';

export const nodeNaive: Example = {
  id: 'node-naive',
  title: 'Node.js app, single stage',
  description:
    'An Express app on node:latest: npm install runs after the whole project is copied (so every edit reinstalls everything), dev dependencies and the build toolchain stay in the image, and it runs as root.',
  kind: 'naive',
  counterpart: 'node-multistage',
  dockerfile: `FROM node:latest

WORKDIR /usr/src/app
COPY . .

RUN npm install
RUN npm run build

EXPOSE 3000
CMD npm start
`,
  dockerignore: '',
  expect: ['DL3007', 'SS107', 'SS101', 'SS109', 'SS108', 'DL3025', 'SS104'],
};
