import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../support/paths.js';

export interface BenchInput {
  name: string;
  text: string;
  lines: number;
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** The corpus files, or null when ../shared is absent. */
export function corpusInputs(): BenchInput[] | null {
  const dir = join(SHARED_DIR, 'corpus/dev');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.Dockerfile'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, text, lines: countLines(text) };
    });
}

/**
 * A deterministic Dockerfile of exactly `lineCount` lines: repeated multi-stage blocks with
 * continuations, flags, JSON forms, ENV pairs and heredocs, like the corpus but bigger.
 */
export function generatedInput(lineCount = 10_000): BenchInput {
  const block = (i: number): string[] => [
    `FROM python:3.12-slim AS stage${i}`,
    `ARG VERSION_${i}=1.${i}`,
    `ENV APP_HOME=/srv/app${i} PYTHONUNBUFFERED=1 \\`,
    `    PATH="/srv/app${i}/bin:$PATH"`,
    `WORKDIR /srv/app${i}`,
    `RUN --mount=type=cache,target=/root/.cache/pip apt-get update \\`,
    `    && apt-get install -y --no-install-recommends curl ca-certificates build-essential \\`,
    `    && rm -rf /var/lib/apt/lists/*`,
    `COPY --chown=app:app requirements.txt ./`,
    `RUN pip install --no-cache-dir -r requirements.txt`,
    `RUN <<EOF`,
    `set -eu`,
    `echo "building ${i}" > /tmp/build-${i}.log`,
    `EOF`,
    `COPY --from=stage${Math.max(0, i - 1)} ["/srv/app/dist", "/srv/app${i}/dist"]`,
    `LABEL org.opencontainers.image.title="app ${i}" version="1.${i}"`,
    `EXPOSE 80${i % 100}/tcp`,
    `HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1`,
    `USER 10001`,
    `CMD ["python", "-m", "app", "--port", "8000"]`,
  ];
  const lines: string[] = ['# syntax=docker/dockerfile:1'];
  for (let i = 0; lines.length < lineCount; i++) lines.push(...block(i));
  lines.length = lineCount;
  // Cutting mid-block could leave an open heredoc or continuation; end on a plain instruction.
  lines[lineCount - 1] = 'CMD ["true"]';
  while (/^(set -eu|echo |RUN <<EOF)/.test(lines[lineCount - 2] ?? '')) lines[lineCount - 2] = 'USER 10001';
  const text = `${lines.join('\n')}\n`;
  return { name: `generated-${lineCount}`, text, lines: lineCount };
}
