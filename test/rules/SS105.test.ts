import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS105.js';
import { ruleTests } from './tester.js';

describe('SS105 missing-healthcheck', () => {
  ruleTests(rule, {
    valid: [
      'FROM python:3.12-slim\nEXPOSE 8000\nHEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen(\'http://localhost:8000/\')"\nCMD ["gunicorn", "app:app"]\n',
      { name: 'HEALTHCHECK NONE is a decision', code: 'FROM nginx:1.27\nHEALTHCHECK NONE\n' },
      { name: 'inherited from a parent stage', code: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nEXPOSE 80\n' },
      { name: 'a CLI tool', code: 'FROM python:3.12-slim\nCOPY tool.py /\nENTRYPOINT ["python", "/tool.py"]\n' },
      { name: 'a build stage that exposes is not the image', code: 'FROM node:22 AS dev\nEXPOSE 3000\nFROM alpine:3.20\nCMD ["sh"]\n' },
    ],
    invalid: [
      {
        name: 'gunicorn',
        code: 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
        errors: [
          {
            line: 4,
            column: 1,
            endColumn: 50,
            messageId: 'server',
            message: 'The image runs `gunicorn` but has no HEALTHCHECK: nothing tells Docker whether the service actually answers',
          },
        ],
        output: null,
      },
      {
        name: 'EXPOSE alone',
        code: 'FROM alpine:3.20\nEXPOSE 9000/tcp\nCMD ["/usr/local/bin/app"]\n',
        errors: [{ line: 2, column: 1, endColumn: 16, messageId: 'exposes' }],
        output: null,
      },
      { name: 'shell-form node server', code: 'FROM node:22-slim\nCMD node dist/server.js\n', errors: [{ line: 2, messageId: 'server', message: 'The image runs `node dist/server.js` but has no HEALTHCHECK: nothing tells Docker whether the service actually answers' }] },
      { name: 'python -m uvicorn', code: 'FROM python:3.12-slim\nCMD ["python", "-m", "uvicorn", "main:app"]\n', errors: [{ line: 2, messageId: 'server' }] },
      { name: 'java -jar from ENTRYPOINT', code: 'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java", "-jar", "/app.jar"]\n', errors: [{ line: 2, messageId: 'server' }] },
      { name: 'manage.py runserver', code: 'FROM python:3.12\nCMD python manage.py runserver 0.0.0.0:8000\n', errors: [{ line: 2, messageId: 'server' }] },
      { name: 'EXPOSE inherited from the parent stage', code: 'FROM nginx:1.27 AS base\nEXPOSE 80\nFROM base\nCOPY site /usr/share/nginx/html\n', errors: [{ line: 2, messageId: 'exposes' }] },
    ],
  });
});
