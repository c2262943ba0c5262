import type { Rule, RuleDocs } from '../types.js';

const HIGHEST_PORT = 65535;

/** The container port(s) of an EXPOSE item: `8080`, `8000-8100/tcp`, or the part after the last `:`. */
const PORT_SPEC = /^(?:.*:)?(\d+)(?:-(\d+))?(?:\/\w+)?$/;

export const rule: Rule = {
  meta: {
    code: 'DL3011',
    name: 'expose-port-out-of-range',
    severity: 'error',
    category: 'correctness',
    refs: ['hadolint:DL3011'],
    enabledByDefault: true,
    description: 'EXPOSE ports must be between 0 and 65535.',
    fix: 'none',
    messages: { range: 'Valid UNIX ports range from 0 to 65535: `{port}` is not a port' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3011',
  },
  check(context) {
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'EXPOSE') continue;
      // hadolint reports an EXPOSE once, however many of its ports are wrong.
      for (const port of instruction.details.ports) {
        const expansion = context.model.expand(instruction, port.raw);
        if (expansion.error !== null || expansion.unmatched.length > 0) continue;
        const match = PORT_SPEC.exec(expansion.value);
        if (match === null || !match.slice(1).some((part) => part !== undefined && Number(part) > HIGHEST_PORT)) continue;
        context.report({ messageId: 'range', data: { port: expansion.value }, instruction, at: port });
        break;
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'TCP and UDP ports are 16-bit numbers, so a port above 65535 cannot exist and the EXPOSE line documents something no ' +
    'process can listen on. It is usually a typo, such as an extra digit, that hides which port the app really uses.',
  examples: {
    bad: ['FROM nginx:1.27\nEXPOSE 80800\n', 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE ${PORT}\n'],
    good: ['FROM nginx:1.27\nEXPOSE 8080 9000-9100/udp\n', 'FROM nginx:1.27\nEXPOSE ${PORT}\n'],
  },
};
