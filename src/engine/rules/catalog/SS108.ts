import type { Instruction } from '../../syntax/types.js';
import {
  basename,
  chainInstructions,
  commandLabel,
  finalStage,
  isInstall,
  isRemoval,
  packageCommands,
  packageName,
  rootTools,
  runCommands,
  toolCommand,
  type Ecosystem,
} from '../helpers/stage-facts.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

/** System packages that are C/C++ compilers or pull one in (`gcc-12`, `g++-5` too). */
const COMPILER_PACKAGES = new Set(['build-essential', 'build-base', 'alpine-sdk', 'gcc-c++']);
const VERSIONED_COMPILER = /^(?:gcc|g\+\+|clang)(?:-\d+(?:\.\d+)?)?$/;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const MAKE_PROGRAMS = new Set(['make', 'cmake', 'ninja']);

const SHIPPED: Readonly<Partial<Record<Ecosystem, string>>> = {
  go: 'the Go toolchain and module cache',
  cargo: 'the Rust toolchain and target directory',
  maven: 'the JDK, Maven and its repository',
  gradle: 'the JDK, Gradle and its caches',
  dotnet: 'the .NET SDK',
  npm: 'devDependencies and the build sources',
  yarn: 'devDependencies and the build sources',
  pnpm: 'devDependencies and the build sources',
};

interface BuildStep {
  instruction: Instruction;
  at: { start: number; end: number };
  command: string;
  shipped: string;
}

function isCompilerPackage(name: string): boolean {
  return COMPILER_PACKAGES.has(name) || VERSIONED_COMPILER.test(name);
}

/**
 * Whether the image starts an application. Images that only set a shell, or nothing, as their
 * command are build or development environments, where the toolchain is the point.
 */
function runsApplication(chain: readonly Instruction[]): boolean {
  const command = chain.filter((instruction) => instruction.details.kind === 'ENTRYPOINT').pop() ?? chain.filter((instruction) => instruction.details.kind === 'CMD').pop();
  if (command === undefined) return false;
  const details = command.details;
  if (details.kind !== 'CMD' && details.kind !== 'ENTRYPOINT') return false;
  const program = details.form === 'exec' ? details.args[0]?.value : details.shell.text.trim().split(/\s+/)[0];
  return program !== undefined && program !== '' && !SHELLS.has(basename(program));
}

/** The first RUN of the chain that builds, or installs a compiler it does not remove again. */
function firstBuildStep(context: RuleContext, chain: readonly Instruction[], baseHasCompiler: boolean): BuildStep | null {
  for (const instruction of chain) {
    if (instruction.details.kind !== 'RUN') continue;
    const packages = packageCommands(context, instruction);
    const removesPackages = packages.some(isRemoval);
    const installs = new Map(packages.filter(isInstall).map((command) => [command.command, command]));
    for (const run of runCommands(context, instruction)) {
      const at = context.scriptSpan(run.script, run.command.start, run.command.end);
      const tool = toolCommand(context, run);
      const shipped = tool?.kind === 'build' ? SHIPPED[tool.ecosystem] : undefined;
      if (tool !== null && shipped !== undefined) return { instruction, at, command: tool.label, shipped };
      if (MAKE_PROGRAMS.has(run.program) && baseHasCompiler && !removesPackages) {
        return { instruction, at, command: commandLabel(run), shipped: 'the C toolchain and the build tree' };
      }
      const install = installs.get(run.command);
      const compiler = install?.operands.find((operand) => isCompilerPackage(packageName(operand.value)));
      if (install !== undefined && compiler !== undefined && !removesPackages) {
        return {
          instruction,
          at: context.scriptSpan(install.script, compiler.start, compiler.end),
          command: `${install.program} ${install.verb} ${compiler.value}`,
          shipped: 'a C/C++ compiler toolchain',
        };
      }
    }
  }
  return null;
}

export const rule: Rule = {
  meta: {
    code: 'SS108',
    name: 'build-tools-in-final-image',
    severity: 'warning',
    category: 'size',
    refs: ['shipshape:SS108'],
    enabledByDefault: true,
    description: 'The final image compiles or builds, so it ships the toolchain: use a multi-stage build.',
    fix: 'none',
    messages: {
      singleStage: '`{command}` runs in the only stage, so the image ships {shipped}: build in a separate stage and COPY --from only the result',
      finalStage: '`{command}` runs in the final stage, so the image ships {shipped}: move it to an earlier stage and COPY --from only the result',
    },
  },
  check(context) {
    const { model } = context;
    const final = finalStage(model);
    if (final === null) return;
    const chain = chainInstructions(model, final.index);
    if (!runsApplication(chain)) return;
    const step = firstBuildStep(context, chain, rootTools(model, final.index)?.gcc === true);
    if (step === null) return;
    context.report({
      messageId: model.stages.length === 1 ? 'singleStage' : 'finalStage',
      data: { command: step.command, shipped: step.shipped },
      instruction: step.instruction,
      at: step.at,
    });
  },
};

export const docs: RuleDocs = {
  why:
    'Whatever a build needs (compilers, SDKs, headers, dev dependencies, caches and the sources themselves) stays in the image when the build runs in the final stage, often several hundred megabytes the running app never uses, and each of them widens the attack surface. ' +
    'A multi-stage build compiles in a stage of its own and copies only the result into a small runtime image with `COPY --from`. ' +
    'A RUN that installs build dependencies and purges them again in the same step is fine and is not reported.',
  examples: {
    bad: [
      'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nCMD ["/server"]\n',
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCMD ["python", "main.py"]\n',
    ],
    good: [
      'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY cmd/ ./cmd/\nRUN CGO_ENABLED=0 go build -o /server ./cmd/server\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /server /server\nCMD ["/server"]\n',
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && pip install --no-cache-dir uwsgi==2.0.28 && apt-get purge -y --auto-remove gcc libc6-dev && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
};
