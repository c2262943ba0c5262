import type { Example } from './types.js';

export const pythonNaive: Example = {
  id: 'python-naive',
  title: 'Python web app, first attempt',
  description:
    'A Flask app on ubuntu:latest, the way many first Dockerfiles look: a moving base tag, apt without cleanup, the whole context copied before dependencies, and a shell-form CMD.',
  kind: 'naive',
  counterpart: 'python-optimized',
  dockerfile: `FROM ubuntu:latest

MAINTAINER Jane Doe <jane@example.com>

RUN apt-get update
RUN apt-get install -y python3 python3-pip curl git vim

WORKDIR /app
COPY . /app
RUN pip3 install --break-system-packages -r requirements.txt

ENV FLASK_APP=app.py
EXPOSE 5000
CMD python3 -m flask run --host=0.0.0.0
`,
  dockerignore: '',
  expect: ['DL3007', 'DL4000', 'SS103', 'DL3008', 'DL3015', 'DL3009', 'DL3059', 'SS101', 'DL3042', 'DL3025', 'SS104'],
};
