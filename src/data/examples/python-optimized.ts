import type { Example } from './types.js';

export const pythonOptimized: Example = {
  id: 'python-optimized',
  title: 'Python web app, done well',
  description:
    'The same Flask app on a pinned slim Python image: dependencies installed before the code is copied (so code changes keep the pip layer cached), no pip cache in the image, a non-root user and an exec-form CMD.',
  kind: 'optimized',
  counterpart: 'python-naive',
  dockerfile: `# syntax=docker/dockerfile:1
FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --no-create-home app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=app:app . .

USER 10001:10001
EXPOSE 5000
CMD ["gunicorn", "--bind", "0.0.0.0:5000", "app:app"]
`,
  dockerignore: `.git
__pycache__/
*.py[cod]
.venv/
.env
tests/
Dockerfile
.dockerignore
`,
  expect: [],
};
