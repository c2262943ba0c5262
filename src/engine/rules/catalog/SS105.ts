import { parseShell } from '../../shell/index.js';
import type { Instruction } from '../../syntax/types.js';
import { basename, chainInstructions, finalStage } from '../helpers/stage-facts.js';
import type { Rule, RuleDocs } from '../types.js';

/** Programs that only ever run as long-lived network servers. */
const SERVER_PROGRAMS = new Set([
  'gunicorn',
  'uvicorn',
  'hypercorn',
  'daphne',
  'waitress-serve',
  'granian',
  'nginx',
  'httpd',
  'httpd-foreground',
  'apache2-foreground',
  'apache2ctl',
  'caddy',
  'traefik',
  'envoy',
  'haproxy',
  'puma',
  'unicorn',
  'php-fpm',
  'redis-server',
  'mongod',
  'mysqld',
  'postgres',
  'memcached',
]);
const NODE_SERVER_SCRIPT = /^(?:server|app|main|index)\.[cm]?js$/;

/** The argv a CMD or ENTRYPOINT runs, as plain strings (shell form: its first command). */
function commandWords(instruction: Instruction): string[] {
  const details = instruction.details;
  if (details.kind !== 'CMD' && details.kind !== 'ENTRYPOINT') return [];
  if (details.form === 'exec') return details.args.map((arg) => arg.value);
  const words = parseShell(details.shell.text).commands.find((command) => command.words.length > 0)?.words ?? [];
  return words.map((word) => word.value);
}

/** What in the argv says "this is a server", or null. */
function serverEvidence(words: readonly string[]): string | null {
  const [first, ...rest] = words.map((word, index) => (index === 0 ? basename(word) : word));
  if (first === undefined) return null;
  if (SERVER_PROGRAMS.has(first) || /^php-fpm[\d.]*$/.test(first)) return first;
  if (/^python[\d.]*$/.test(first) && rest[0] === 'manage.py' && rest[1] === 'runserver') return 'manage.py runserver';
  if (/^python[\d.]*$/.test(first) && rest[0] === '-m' && rest[1] !== undefined && SERVER_PROGRAMS.has(rest[1])) return rest[1];
  if ((first === 'flask' || first === 'streamlit') && rest[0] === 'run') return `${first} run`;
  if (first === 'rails' && (rest[0] === 'server' || rest[0] === 's')) return 'rails server';
  if (first === 'java' && rest.includes('-jar')) return 'java -jar';
  if (first === 'node' && rest[0] !== undefined && NODE_SERVER_SCRIPT.test(basename(rest[0]))) return `node ${rest[0]}`;
  if (['npm', 'yarn', 'pnpm'].includes(first) && rest[0] === 'start') return `${first} start`;
  if (first === 'next' && rest[0] === 'start') return 'next start';
  return null;
}

export const rule: Rule = {
  meta: {
    code: 'SS105',
    name: 'missing-healthcheck',
    severity: 'info',
    category: 'reliability',
    refs: ['shipshape:SS105'],
    enabledByDefault: true,
    description: 'A service image without a HEALTHCHECK.',
    fix: 'none',
    messages: {
      exposes: 'The image exposes a port but has no HEALTHCHECK: nothing tells Docker whether the service actually answers',
      server: 'The image runs `{evidence}` but has no HEALTHCHECK: nothing tells Docker whether the service actually answers',
    },
  },
  check(context) {
    const final = finalStage(context.model);
    if (final === null) return;
    const chain = chainInstructions(context.model, final.index);
    if (chain.some((instruction) => instruction.details.kind === 'HEALTHCHECK')) return;
    const commands = (['ENTRYPOINT', 'CMD'] as const)
      .map((kind) => chain.filter((instruction) => instruction.details.kind === kind).pop())
      .filter((instruction): instruction is Instruction => instruction !== undefined);
    for (const instruction of commands) {
      const evidence = serverEvidence(commandWords(instruction));
      if (evidence === null) continue;
      context.report({ messageId: 'server', data: { evidence }, instruction });
      return;
    }
    const expose = chain.find((instruction) => instruction.details.kind === 'EXPOSE');
    if (expose !== undefined) context.report({ messageId: 'exposes', instruction: expose });
  },
};

export const docs: RuleDocs = {
  why:
    'Without a HEALTHCHECK, Docker, Compose and Swarm only know whether the process is alive, not whether it answers, so a hung server keeps receiving traffic and `depends_on: condition: service_healthy` cannot work. ' +
    'Kubernetes ignores HEALTHCHECK and uses its own probes, so there the same check belongs in the pod spec. ' +
    'No automatic fix is offered: only you know the endpoint and the tool the image has to probe it (see SS113).',
  examples: {
    bad: ['FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n'],
    good: [
      'FROM python:3.12-slim\nCOPY app.py /app/\nEXPOSE 8000\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
      'FROM alpine:3.20\nCMD ["sh"]\n',
    ],
  },
};
