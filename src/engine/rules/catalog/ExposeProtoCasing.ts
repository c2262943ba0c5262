import { dispatchedStages } from '../helpers/buildkit-dispatch.js';
import { exposedPortSpecs, type PortSpec } from '../helpers/buildkit-expose.js';
import type { Fix, Rule, RuleDocs } from '../types.js';

/** Lowercases the protocol in place when the word is written exactly as the spec. */
function lowercaseFix(port: PortSpec): Fix[] {
  if (port.specStart === null) return [];
  const protoStart = port.specStart + port.spec.length - port.proto.length;
  return [
    {
      title: `Write '${port.proto.toLowerCase()}'`,
      safety: 'safe',
      edits: [{ start: protoStart, end: protoStart + port.proto.length, text: port.proto.toLowerCase() }],
    },
  ];
}

export const rule: Rule = {
  meta: {
    code: 'ExposeProtoCasing',
    name: 'expose-proto-casing',
    severity: 'warning',
    category: 'style',
    refs: ['buildkit:ExposeProtoCasing'],
    enabledByDefault: true,
    description: "BuildKit's check: the protocol of an EXPOSE port should be lowercase.",
    fix: 'safe',
    messages: { uppercase: "Defined protocol '{port}' in EXPOSE instruction should be lowercase" },
    url: 'https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/',
  },
  check(context) {
    for (const { steps } of dispatchedStages(context)) {
      for (const step of steps) {
        for (const port of exposedPortSpecs(context, step)) {
          if (port.proto === port.proto.toLowerCase()) continue;
          context.report({
            messageId: 'uppercase',
            data: { port: port.spec },
            instruction: step.reportOn,
            at: port.word,
            fixes: step.reportOn === step.instruction ? lowercaseFix(port) : [],
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Docker stores exposed ports as `80/tcp`, `53/udp` or `9/sctp`; BuildKit lowercases `80/TCP` for you but warns, ' +
    'because tools that read the Dockerfile itself may not. The check runs on each port after variable expansion.',
  examples: {
    bad: ['FROM nginx:1.27\nEXPOSE 80/TCP\n'],
    good: ['FROM nginx:1.27\nEXPOSE 80/tcp 443\n'],
  },
};
