import type { FlagOption, Instruction } from '../../syntax/types.js';
import { goInvocations, isGoPackagePinned, reportUnpinned, stateBeforeEach, type GoInvocation } from '../helpers/packages.js';
import type { Rule, RuleDocs } from '../types.js';

/** Patterns that name packages of the main module or the toolchain, never a remote module. */
const META_PACKAGES = new Set(['tool', 'all', 'std', 'cmd']);
const GO_MOD = /(?:^|\/)go\.mod$/;

function copiesGoMod(instruction: Instruction): boolean {
  const details = instruction.details;
  if (details.kind !== 'COPY' && details.kind !== 'ADD') return false;
  const sources = details.paths.slice(0, -1);
  return sources.some((path) => GO_MOD.test('value' in path ? path.value : path.raw.replace(/^["']|["']$/g, '')));
}

function mountsGoMod(instruction: Instruction): boolean {
  const fromGoMod = (option: FlagOption): boolean =>
    (option.key === 'source' || option.key === 'src') && GO_MOD.test(option.value ?? '');
  return instruction.flags.some((flag) => flag.name === 'mount' && (flag.options ?? []).some(fromGoMod));
}

export const rule: Rule = {
  meta: {
    code: 'DL3062',
    name: 'go-unpinned-modules',
    severity: 'warning',
    category: 'reliability',
    refs: ['hadolint:DL3062'],
    enabledByDefault: true,
    description: 'Pin the module version in `go install`, `go get` and `go run`.',
    fix: 'none',
    messages: {
      unpinned:
        'Pin versions in go. Instead of `go {subcommand} <package>` use `go {subcommand} <package>@<version>` (unpinned: {packages})',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3062',
  },
  check(context) {
    let goModBefore: Map<Instruction, boolean> | null = null;
    /** With a go.mod, `go install` and `go run` of a package without `@version` build what go.mod and go.sum record. */
    const hasGoMod = (instruction: Instruction): boolean => {
      goModBefore ??= stateBeforeEach(context, false, (seen, earlier) => seen || copiesGoMod(earlier));
      return mountsGoMod(instruction) || goModBefore.get(instruction) === true;
    };
    reportUnpinned<GoInvocation>(context, {
      find: goInvocations,
      isPinned: isGoPackagePinned,
      packagesOf: (invocation, instruction) => {
        const modulePinned = (spec: string): boolean =>
          invocation.subcommand.text !== 'get' && !spec.includes('@') && hasGoMod(instruction);
        return invocation.packages.filter((token) => !META_PACKAGES.has(token.text) && !modulePinned(token.text));
      },
      data: (invocation) => ({ subcommand: invocation.subcommand.text }),
    });
  },
};

export const docs: RuleDocs = {
  why:
    'With `@latest` Go resolves the newest release of the module when the image is built, so the tool inside the image ' +
    'changes without any change to the Dockerfile; without any `@version` outside a module, `go install` refuses to run. ' +
    'A fixed `@v1.2.3` keeps builds reproducible; local paths, and packages that a go.mod copied into the image already pins, need none.',
  examples: {
    bad: ['FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest\n'],
    good: [
      'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n',
      'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY cmd/ ./cmd/\nRUN go install ./cmd/app\n',
      'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go install github.com/golang/mock/mockgen\n',
    ],
  },
};
