import { parseShell, type ShellScript } from '../../shell/index.js';
import { mapToSource } from '../../syntax/joined.js';
import type { Instruction } from '../../syntax/types.js';
import {
  basename,
  chainInstructions,
  copyPaths,
  finalStage,
  installsPackage,
  pathText,
  rootImage,
  rootTools,
  runCommands,
  type RunCommand,
} from '../helpers/stage-facts.js';
import type { Rule, RuleDocs } from '../types.js';

const PROBE_TOOLS = ['curl', 'wget'] as const;
type ProbeTool = (typeof PROBE_TOOLS)[number];
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

interface ProbeUse {
  tool: ProbeTool;
  /** Where the tool is named in the Dockerfile. */
  start: number;
  end: number;
}

/** The probe tools the HEALTHCHECK calls, in order (`curl … || wget …` names both). */
function probeTools(instruction: Instruction): ProbeUse[] {
  const details = instruction.details;
  if (details.kind !== 'HEALTHCHECK' || details.command === null) return [];
  const command = details.command;
  if (command.form === 'exec') {
    const [program, flag, script] = command.args;
    if (program === undefined) return [];
    const name = basename(program.value);
    if (isProbeTool(name)) return [{ tool: name, start: program.start, end: program.end }];
    // `["sh", "-c", "curl …"]`: the tools sit inside a JSON string, so mark the whole script.
    if (SHELLS.has(name) && flag?.value === '-c' && script !== undefined) {
      return toolsIn(parseShell(script.value)).map((tool) => ({ tool: tool.tool, start: script.start, end: script.end }));
    }
    return [];
  }
  const map = command.shell.map;
  return toolsIn(parseShell(command.shell.text)).map((tool) => ({ tool: tool.tool, start: mapToSource(map, tool.start), end: mapToSource(map, tool.end - 1) + 1 }));
}

function toolsIn(script: ShellScript): ProbeUse[] {
  const found: ProbeUse[] = [];
  for (const command of script.commands) {
    const word = command.words[0];
    if (word === undefined) continue;
    const name = basename(word.value);
    if (isProbeTool(name)) found.push({ tool: name, start: word.start, end: word.end });
  }
  return found;
}

/** `./install.sh`, `/tmp/setup`, `bash deps.sh`: a script whose contents the Dockerfile does not show. */
function runsOpaqueScript(run: RunCommand): boolean {
  const program = run.argv[0]?.value ?? '';
  if (program.includes('/') && !/^\/(?:usr\/)?s?bin\//.test(program)) return true;
  if (program.endsWith('.sh')) return true;
  const firstArgument = run.argv[1]?.value;
  return SHELLS.has(run.program) && firstArgument !== undefined && !firstArgument.startsWith('-');
}

function isProbeTool(name: string): name is ProbeTool {
  return (PROBE_TOOLS as readonly string[]).includes(name);
}

export const rule: Rule = {
  meta: {
    code: 'SS113',
    name: 'healthcheck-tool-missing',
    severity: 'error',
    category: 'reliability',
    refs: ['shipshape:SS113'],
    enabledByDefault: true,
    description: 'The HEALTHCHECK calls curl or wget, which the final image does not have.',
    fix: 'none',
    messages: {
      missing: '`{tool}` is not in `{image}` and no earlier RUN installs it: this HEALTHCHECK can never pass',
      missingUseWget: '`{tool}` is not in `{image}` and no earlier RUN installs it: this HEALTHCHECK can never pass (the image has `wget`)',
    },
  },
  check(context) {
    const { model } = context;
    const final = finalStage(model);
    if (final === null) return;
    const chain = chainInstructions(model, final.index);
    const healthcheck = chain.filter((instruction) => instruction.details.kind === 'HEALTHCHECK').pop();
    if (healthcheck === undefined) return;
    const tools = rootTools(model, final.index);
    if (tools === null) return;
    const before = chain.slice(0, chain.indexOf(healthcheck));
    const runs = before.filter((instruction) => instruction.details.kind === 'RUN').flatMap((instruction) => runCommands(context, instruction));
    // A script the Dockerfile does not show may install anything.
    if (runs.some(runsOpaqueScript)) return;
    const available = (tool: ProbeTool): boolean =>
      tools[tool] !== false ||
      installsPackage(context, chain, [tool]) !== false ||
      before.some((instruction) => {
        const { sources, destination } = copyPaths(instruction);
        return [...sources, ...(destination === null ? [] : [destination])].some((path) => basename(pathText(path)) === tool);
      }) ||
      runs.some((run) => run.program === tool);
    const probes = probeTools(healthcheck);
    const probe = probes[0];
    // With `curl … || wget …` the check passes as long as one of them is there.
    if (probe === undefined || probes.some((use) => available(use.tool))) return;
    context.report({
      messageId: probe.tool === 'curl' && tools.wget === true ? 'missingUseWget' : 'missing',
      data: { tool: probe.tool, image: rootImage(model, final.index) ?? 'scratch' },
      instruction: healthcheck,
      at: probe,
    });
  },
};

export const docs: RuleDocs = {
  why:
    'Slim, Alpine and distroless images leave out curl (and often wget), so a `HEALTHCHECK CMD curl -f …` copied from a tutorial fails on every probe and the container is marked unhealthy however well the service runs. ' +
    'Orchestrators that act on health then restart it or never route traffic to it. ' +
    'Install the tool in the final stage, use one the image has, or ship a small probe binary; shipshape only reports images whose contents it knows, where no earlier step installs, copies in or uses the tool and no earlier step runs a script it cannot see into.',
  examples: {
    bad: ['FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1\n'],
    good: [
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:8000/health"]\n',
      'FROM node:22-alpine\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:3000/health"]\n',
    ],
  },
};
