import { expandWord, type ExpandOptions } from '../../model/index.js';
import { chompHeredocContent } from '../../syntax/heredoc.js';
import type { Flag, Instruction, JsonString, Word } from '../../syntax/types.js';
import {
  dispatchedStages,
  globalScope,
  NON_ENV_ARGS,
  referenceSpan,
  verbatimStart,
  wordTextStart,
  type DispatchStep,
  type OrderedEnv,
} from '../helpers/buildkit-dispatch.js';
import { baseImageEnv, imageMaySet, type BaseImageEnv } from '../helpers/base-image-env.js';
import { suggest } from '../../syntax/suggest.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

/** A piece of text BuildKit expands, with where it is written. */
interface ExpandedText {
  /** The text as BuildKit's lexer receives it. */
  text: string;
  /** Where `text` starts in the source when it is written verbatim, else null; asked only to report. */
  textStart: () => number | null;
  /** The marker when the reference itself cannot be located. */
  whole: { start: number; end: number };
  options: ExpandOptions;
  env: OrderedEnv;
  declaredArgs: ReadonlySet<string>;
}

function wordText(context: RuleContext, step: DispatchStep, word: Word | JsonString): ExpandedText {
  const text = 'value' in word ? word.value : word.raw;
  const textStart = (): number | null => wordTextStart(context, word);
  return { text, textStart, whole: word, options: {}, env: step.env, declaredArgs: step.declaredArgs };
}

function flagText(context: RuleContext, step: DispatchStep, flag: Flag | undefined): ExpandedText[] {
  if (flag === undefined || flag.value === null || flag.valueStart === null || flag.valueEnd === null) return [];
  const { value, valueStart, valueEnd } = flag;
  const textStart = (): number | null => verbatimStart(context, value, valueStart, valueEnd);
  const whole = { start: valueStart, end: valueEnd };
  return [{ text: value, textStart, whole, options: {}, env: step.env, declaredArgs: step.declaredArgs }];
}

/** The sources, destination and expandable heredoc bodies of COPY/ADD, in BuildKit's order. */
function copyTexts(context: RuleContext, step: DispatchStep, paths: (Word | JsonString)[]): ExpandedText[] {
  const instruction = step.instruction;
  const markers = new Set(instruction.heredocs.map((heredoc) => heredoc.marker.start));
  const texts = paths.filter((path) => !markers.has(path.start)).map((path) => wordText(context, step, path));
  for (const heredoc of instruction.heredocs) {
    if (!heredoc.expand) continue;
    const text = heredoc.chomp ? chompHeredocContent(heredoc.content) : heredoc.content;
    const textStart = (): number | null => (text === heredoc.content ? heredoc.body.start : null);
    // BuildKit expands heredoc bodies with a lexer that keeps quotes and always escapes with `\`.
    const options: ExpandOptions = { escapeChar: '\\', literalQuotes: true };
    texts.push({ text, textStart, whole: heredoc.body, options, env: step.env, declaredArgs: step.declaredArgs });
  }
  return texts;
}

/**
 * BuildKit's "did you mean" candidates: the environment in its key order, which starts with the
 * image's names. A name the Dockerfile sets again keeps the image's place here, where BuildKit
 * moves it last; that only matters for a tie between equally close names.
 */
function candidateNames(env: OrderedEnv, image: BaseImageEnv): string[] {
  if (image.names.length === 0) return [...env.keys()];
  return [...new Set([...image.names, ...env.keys()])];
}

/** Everything BuildKit expands itself when it dispatches the command, in its order. */
function expandedTexts(context: RuleContext, step: DispatchStep): ExpandedText[] {
  const instruction: Instruction = step.instruction;
  const details = instruction.details;
  const flag = (name: string): Flag | undefined => instruction.flags.find((candidate) => candidate.name === name);
  switch (details.kind) {
    case 'ENV':
    case 'LABEL':
      return details.pairs.flatMap((pair) => [pair.key, ...(pair.value === null ? [] : [pair.value])].map((word) => wordText(context, step, word)));
    case 'COPY':
      return [...flagText(context, step, flag('chown')), ...flagText(context, step, flag('chmod')), ...copyTexts(context, step, details.paths)];
    case 'ADD':
      return [
        ...flagText(context, step, flag('chown')),
        ...flagText(context, step, flag('chmod')),
        ...flagText(context, step, flag('checksum')),
        ...copyTexts(context, step, details.paths),
      ];
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
      return details.value === null ? [] : [wordText(context, step, details.value)];
    case 'VOLUME':
      return details.paths.map((path) => wordText(context, step, path));
    case 'RUN':
      return instruction.flags
        .filter((candidate) => candidate.name === 'mount')
        .flatMap((mount) => mount.options ?? [])
        .filter((option) => option.value !== null)
        .map((option) => {
          const field = `${option.key}=${option.value as string}`;
          const textStart = (): number | null => {
            const fieldStart = verbatimStart(context, field, option.start, option.end);
            return fieldStart === null ? null : fieldStart + option.key.length + 1;
          };
          return { text: option.value as string, textStart, whole: option, options: {}, env: step.env, declaredArgs: step.declaredArgs };
        });
    case 'ARG':
      return details.args.flatMap((arg, index) => {
        const scope = step.argScopes[index];
        if (arg.defaultValue === null || scope === undefined || scope.fromBuildArg) return [];
        return [{ ...wordText(context, step, arg.defaultValue), env: scope.env, declaredArgs: scope.declaredArgs }];
      });
    default:
      return [];
  }
}

export const rule: Rule = {
  meta: {
    code: 'UndefinedVar',
    name: 'undefined-var',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:UndefinedVar'],
    enabledByDefault: true,
    description: "BuildKit's check: a variable should be defined before BuildKit expands it.",
    fix: 'none',
    messages: {
      undefined: "Usage of undefined variable '${name}'",
      undefinedSuggestion: "Usage of undefined variable '${name}' (did you mean ${suggestion}?)",
    },
    url: 'https://docs.docker.com/go/dockerfile/rule/undefined-var/',
  },
  check(context) {
    const escapeChar = context.model.escapeChar;
    // A global or predefined ARG used in a stage that did not declare it again: the classic mistake, whatever the image.
    const globalNames = new Set(globalScope(context).known);
    for (const { stage, steps } of dispatchedStages(context)) {
      const image = baseImageEnv(context.model, stage);
      for (const step of steps) {
        const { start, end } = step.instruction;
        const dollar = context.syntax.text.indexOf('$', start);
        if (dollar === -1 || dollar >= end) continue;
        for (const expanded of expandedTexts(context, step)) {
          // Without a `$` nothing is looked up.
          if (!expanded.text.includes('$')) continue;
          const options = { escapeChar, ...expanded.options };
          const { unmatched } = expandWord(expanded.text, expanded.env, options);
          for (const name of unmatched) {
            if (expanded.declaredArgs.has(name) || NON_ENV_ARGS.has(name) || image.names.includes(name)) continue;
            const suggestion = suggest(name, candidateNames(expanded.env, image), true);
            // The image may set the name: BuildKit's verdict is unknowable, unless it looks like a typo.
            if (suggestion === null && imageMaySet(image, name) && !globalNames.has(name)) continue;
            context.report({
              messageId: suggestion === null ? 'undefined' : 'undefinedSuggestion',
              data: suggestion === null ? { name } : { name, suggestion },
              instruction: step.reportOn,
              at: referenceSpan(context, expanded.text, expanded.textStart(), expanded.whole, name, options),
            });
          }
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'ENV, LABEL, COPY/ADD, WORKDIR, USER, VOLUME, STOPSIGNAL, RUN mounts and ARG defaults are expanded by BuildKit ' +
    'itself, and an unknown `$NAME` silently becomes an empty string: `COPY $APP_DIR .` copies the whole context. ' +
    'BuildKit also counts the names the base image sets with ENV; shipshape cannot read image configs, so it knows ' +
    'them for common images (alpine, debian, ubuntu, python, node, golang, postgres, .NET, Jupyter, and more) and ' +
    'reports exactly as BuildKit there. With any other base image a name may come from the image, so only a global ARG ' +
    'the stage did not declare again, or a likely typo of a name the Dockerfile defines (with its "did you mean"), is reported.',
  examples: {
    bad: ['FROM alpine:3.20\nARG APP_DIR=/srv/app\nCOPY . $APP_DIRECTORY\n'],
    good: [
      'FROM alpine:3.20\nARG APP_DIR=/srv/app\nCOPY . $APP_DIR\nENV PATH="$APP_DIR/bin:$PATH"\n',
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY --chown=$APP_UID app/ .\nUSER $APP_UID\n',
    ],
  },
};
