import { dispatchedStages } from '../helpers/buildkit-dispatch.js';
import { exposedPortSpecs, type PortSpec } from '../helpers/buildkit-expose.js';
import type { Fix, Rule, RuleDocs } from '../types.js';

/** Keeps only the container port (and protocol), which is all BuildKit records in the image. */
function containerPortFix(port: PortSpec): Fix[] {
  if (port.specStart === null) return [];
  return [
    {
      title: `Expose ${port.containerPort} only`,
      safety: 'safe',
      edits: [{ start: port.specStart, end: port.specStart + port.spec.length, text: port.containerPort }],
    },
  ];
}

export const rule: Rule = {
  meta: {
    code: 'ExposeInvalidFormat',
    name: 'expose-invalid-format',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:ExposeInvalidFormat'],
    enabledByDefault: true,
    description: "BuildKit's check: EXPOSE should name container ports only, without host IP or host port.",
    fix: 'safe',
    messages: { hostMapping: "EXPOSE instruction should not define an IP address or host-port mapping, found '{port}'" },
    url: 'https://docs.docker.com/go/dockerfile/rule/expose-invalid-format/',
  },
  check(context) {
    for (const { steps } of dispatchedStages(context)) {
      for (const step of steps) {
        for (const port of exposedPortSpecs(context, step)) {
          if (port.ip === '' && port.hostPort === '') continue;
          context.report({
            messageId: 'hostMapping',
            data: { port: port.spec },
            instruction: step.reportOn,
            at: port.word,
            fixes: step.reportOn === step.instruction ? containerPortFix(port) : [],
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'EXPOSE only documents which container ports the image listens on; publishing to a host address or port happens ' +
    'at `docker run -p`. BuildKit drops the `ip:` and `hostPort:` parts of `127.0.0.1:8080:80` and says this will ' +
    'become an error.',
  examples: {
    bad: ['FROM nginx:1.27\nEXPOSE 8080:80\n'],
    good: ['FROM nginx:1.27\nEXPOSE 80\n'],
  },
};
