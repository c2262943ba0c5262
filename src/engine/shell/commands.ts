/** Helpers that read flags, arguments and shell options from parsed commands, the way hadolint does. */
import type { ShellScript, ShellWord, SimpleCommand } from './types.js';

export interface CommandFlag {
  /** Without dashes: `-yqq` gives `y`, `q`, `q`; `--target=x` gives `target`. */
  name: string;
  word: ShellWord;
}

export interface CommandArgsOptions {
  /** A subcommand such as `install`: only the arguments after it are returned, none when it is absent. */
  after?: string;
  /** Flags such as `-t` or `--target` whose next word is their value, not an argument. */
  flagsWithValue?: string[];
}

const END_OF_OPTIONS = '--';

function isFlag(text: string): boolean {
  return text.length > 1 && text.startsWith('-');
}

/** Flags after the command name, up to a `--` end-of-options marker. */
export function commandFlags(command: SimpleCommand): CommandFlag[] {
  const flags: CommandFlag[] = [];
  for (const word of command.words.slice(1)) {
    const text = word.value;
    if (text === END_OF_OPTIONS) break;
    if (!isFlag(text)) continue;
    if (text.startsWith('--')) {
      const equals = text.indexOf('=');
      flags.push({ name: text.slice(2, equals < 0 ? undefined : equals), word });
    } else {
      for (const name of text.slice(1)) flags.push({ name, word });
    }
  }
  return flags;
}

/** Non-flag arguments after the command name, or after the first such argument equal to `after`. */
export function commandArgs(command: SimpleCommand, options: CommandArgsOptions = {}): ShellWord[] {
  const flagsWithValue = new Set(options.flagsWithValue);
  const positional: ShellWord[] = [];
  let optionsEnded = false;
  for (let index = 1; index < command.words.length; index++) {
    const word = command.words[index]!;
    if (!optionsEnded && word.value === END_OF_OPTIONS) {
      optionsEnded = true;
    } else if (!optionsEnded && isFlag(word.value)) {
      if (flagsWithValue.has(word.value)) index++;
    } else {
      positional.push(word);
    }
  }
  if (options.after === undefined) return positional;
  const subcommand = positional.findIndex((word) => word.value === options.after);
  return subcommand < 0 ? [] : positional.slice(subcommand + 1);
}

/**
 * Whether a `set` command turns pipefail on and no later one turns it off: `set -o pipefail`,
 * `set -euxo pipefail`, `set -o errexit -o pipefail`; `set +o pipefail` turns it off.
 */
export function hasPipefail(script: ShellScript): boolean {
  let enabled = false;
  for (const command of script.commands) {
    if (command.words[0]?.value !== 'set') continue;
    enabled = pipefailAfterSet(command.words, enabled);
  }
  return enabled;
}

function pipefailAfterSet(words: ShellWord[], enabled: boolean): boolean {
  let index = 1;
  while (index < words.length) {
    const option = words[index]!.value;
    const sign = option[0];
    // `set` stops reading options at `--` or at the first positional parameter.
    if (option === END_OF_OPTIONS || option.length < 2 || (sign !== '-' && sign !== '+')) break;
    index++;
    // Every `o` in a cluster takes the next word as a long option name.
    for (const letter of option.slice(1)) {
      if (letter !== 'o') continue;
      if (words[index]?.value === 'pipefail') enabled = sign === '-';
      index++;
    }
  }
  return enabled;
}
