/**
 * What a first visit shows: a Dockerfile that builds and runs, written the way many first
 * Dockerfiles are, so the playground has something to say about it straight away.
 */
export const SAMPLE_DOCKERFILE = `FROM ubuntu:latest

RUN apt-get update
RUN apt-get install -y python3 python3-pip curl git vim

WORKDIR /app
COPY . /app
RUN pip3 install -r requirements.txt

ENV FLASK_APP=app.py
EXPOSE 5000
CMD python3 -m flask run --host=0.0.0.0
`;
