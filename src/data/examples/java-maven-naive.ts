import type { Example } from './types.js';

export const javaMavenNaive: Example = {
  id: 'java-maven-naive',
  title: 'Java/Maven service, single stage',
  description:
    'A Spring Boot service built and run in the Maven image: the JDK, Maven, the local repository and the sources all ship to production, and changing one class downloads every dependency again.',
  kind: 'naive',
  dockerfile: `FROM maven:latest

COPY . /usr/src/app
WORKDIR /usr/src/app

RUN mvn clean package

EXPOSE 8080
CMD java -jar target/app.jar
`,
  dockerignore: '',
  expect: ['DL3007', 'SS101', 'SS108', 'DL3025'],
};
