/**
 * Differential test: our tokenizer against tree-sitter-bash on every shell-form RUN body of the
 * real-world corpus in ../shared. Each command is matched by where its name starts and agrees
 * when both sides see the same argv; words holding expansions are compared by position only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { parseShell } from '../../src/engine/shell/index.js';

const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
const corpusDir = path.join(sharedDir, 'corpus/dev');

/**
 * Every command on which the two parsers part, keyed `file :: start of the command's source`, with
 * why. In each case bash agrees with us. Any other disagreement fails the test, and so does an entry
 * that stops disagreeing, so the list stays true.
 */
const KNOWN_DISAGREEMENTS: { reason: string; commands: string[] }[] = [
  {
    reason: 'tree-sitter-bash reads every word after `>&2` as the redirect target; bash takes one and passes the rest as arguments',
    commands: [
      `001_caddyserver_caddy-docker_2.11-builder.Dockerfile :: echo >&2 "error: unsupported architecture ($apkArch)"`,
      `005_docker-library_golang_tip-alpine3.23.Dockerfile :: echo >&2 "error: unsupported architecture '$arch' (likely packaging update neede`,
      `006_docker-library_golang_tip-bookworm.Dockerfile :: echo >&2 "error: unsupported architecture '$arch' (likely packaging update neede`,
      `012_docker-library_mysql_8.4-Dockerfile.oracle.Dockerfile :: echo >&2 "error: unsupported architecture: '$arch'"`,
      `013_docker-library_openjdk_27-trixie.Dockerfile :: echo >&2 "error: unsupported architecture: '$arch'"`,
      `014_docker-library_openjdk_28-oraclelinux10.Dockerfile :: echo >&2 "error: unsupported architecture: '$arch'"`,
      `026_docker-library_rabbitmq_4.3-alpine.Dockerfile :: echo >&2 "error: unsupported arch: '$apkArch'"`,
      `027_docker-library_redis_6.2-alpine.Dockerfile :: echo >&2 "error: unsupported gosu architecture: '$arch'"`,
      `028_docker-library_redis_7.2-debian.Dockerfile :: echo >&2 "error: unsupported gosu architecture: '$arch'"`,
    ],
  },
  {
    reason: 'tree-sitter-bash does not parse a negated group `! { ldd …; }`: it makes `{` and `}` command names and loses the `ldd` inside',
    commands: [
      '032_docker-library_wordpress_beta-php8.3-fpm.Dockerfile :: ldd "$extDir"/*.so',
      '032_docker-library_wordpress_beta-php8.3-fpm.Dockerfile :: { ldd "$extDir"/*.so',
      '032_docker-library_wordpress_beta-php8.3-fpm.Dockerfile :: }',
      '033_docker-library_wordpress_beta-php8.5-fpm-alpine.Dockerfile :: ldd "$extDir"/*.so',
      '033_docker-library_wordpress_beta-php8.5-fpm-alpine.Dockerfile :: { ldd "$extDir"/*.so',
      '033_docker-library_wordpress_beta-php8.5-fpm-alpine.Dockerfile :: }',
      '034_docker-library_wordpress_cli-php8.2-alpine.Dockerfile :: ldd "$extDir"/*.so',
      '034_docker-library_wordpress_cli-php8.2-alpine.Dockerfile :: { ldd "$extDir"/*.so',
      '034_docker-library_wordpress_cli-php8.2-alpine.Dockerfile :: }',
    ],
  },
  {
    reason: 'tree-sitter-bash splits the word `debuild-$target/nginx-$NGINX_VERSION/debian/control` in two after `-$`',
    commands: [
      '047_nginxinc_docker-nginx_stable-debian-perl.Dockerfile :: mk-build-deps --install --tool="apt-get -o Debug::pkgProblemResolver=yes --no-in',
    ],
  },
];

/**
 * Commands tree-sitter gives their own node types instead of `command`, so it has no argv to compare;
 * hadolint, like us, treats them as ordinary commands.
 */
const NOT_COMMAND_NODES_IN_TREE_SITTER = new Set(['[', 'export', 'declare', 'typeset', 'local', 'readonly', 'unset', 'unsetenv']);

interface RunBody {
  file: string;
  body: string;
}

/** Windows images run cmd or PowerShell, not a POSIX shell. */
function windowsFiles(): Set<string> {
  const manifest = readFileSync(path.join(corpusDir, 'MANIFEST.tsv'), 'utf8');
  const files = new Set<string>();
  for (const line of manifest.split('\n').slice(1)) {
    const columns = line.split('\t');
    if (columns[5] === 'windows' && columns[0]) files.add(columns[0]);
  }
  return files;
}

const CONTINUATION = /\\[ \t]*$/;
const RUN_LINE = /^\s*RUN\s+/i;
const HEREDOC = /<<(?!<)-?\s*["']?[A-Za-z_]/;

/**
 * Just enough of the Dockerfile grammar for test data: RUN lines with their continuation lines
 * joined (comment and blank lines inside a continuation dropped), flags removed, exec form and
 * heredoc RUNs skipped.
 */
function extractRunBodies(file: string, text: string): RunBody[] {
  const lines = text.split(/\r?\n/);
  const bodies: RunBody[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!RUN_LINE.test(line)) continue;
    let body = line.replace(RUN_LINE, '');
    while (CONTINUATION.test(body) && index + 1 < lines.length) {
      body = body.replace(CONTINUATION, '');
      index++;
      while (index < lines.length && /^\s*(#.*)?$/.test(lines[index]!)) index++;
      if (index < lines.length) body += lines[index];
    }
    body = body.replace(CONTINUATION, '');
    while (/^--\S+\s/.test(body)) body = body.replace(/^--\S+\s+/, '');
    if (body.trim() === '' || body.trimStart().startsWith('[') || HEREDOC.test(body)) continue;
    bodies.push({ file, body });
  }
  return bodies;
}

function unescapeUnquoted(text: string): string {
  return text.replace(/\\([^])/g, '$1');
}

/** The argv value tree-sitter implies for a node, or null where it holds an expansion or something we do not model. */
function literalValue(node: Node): string | null {
  switch (node.type) {
    case 'word':
    case 'number':
      return unescapeUnquoted(node.text);
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'string':
      if (node.namedChildren.some((child) => child.type !== 'string_content')) return null;
      return node.text.slice(1, -1).replace(/\\([$`"\\])/g, '$1').replace(/\\\n/g, '');
    case 'command_name':
      return node.firstNamedChild ? literalValue(node.firstNamedChild) : null;
    case 'concatenation': {
      let value = '';
      let cursor = node.startIndex;
      for (const child of node.children) {
        if (child.startIndex !== cursor) return null;
        const part = literalValue(child);
        if (part === null) return null;
        value += part;
        cursor = child.endIndex;
      }
      return cursor === node.endIndex ? value : null;
    }
    default:
      return null;
  }
}

interface ComparedCommand {
  start: number;
  source: string;
  argv: (string | null)[];
}

function treeSitterCommands(root: Node): ComparedCommand[] {
  return root.descendantsOfType('command').flatMap((command) => {
    const name = command.childForFieldName('name');
    if (!name) return [];
    const argv = [name, ...command.childrenForFieldName('argument')].map(literalValue);
    return [{ start: name.startIndex, source: command.text, argv }];
  });
}

function ourCommands(body: string): ComparedCommand[] {
  return parseShell(body).commands.flatMap((command) => {
    const name = command.words[0];
    if (!name || NOT_COMMAND_NODES_IN_TREE_SITTER.has(name.value)) return [];
    const argv = command.words.map((word) => (word.dynamic ? null : word.value));
    return [{ start: name.start, source: body.slice(command.start, command.end), argv }];
  });
}

/** Positions where either side holds an expansion match anything; returns how many words were compared literally, or -1. */
function literalMatches(ours: (string | null)[], theirs: (string | null)[]): number {
  if (ours.length !== theirs.length) return -1;
  let compared = 0;
  for (let index = 0; index < ours.length; index++) {
    const our = ours[index];
    const their = theirs[index];
    if (our === null || their === null || their === undefined) continue;
    if (our !== their) return -1;
    compared++;
  }
  return compared;
}

const corpusAvailable = existsSync(corpusDir);
if (!corpusAvailable) {
  console.warn(`tree-sitter oracle skipped: the corpus ${corpusDir} is missing (../shared is not checked out next to this repository).`);
}

(corpusAvailable ? describe : describe.skip)('tree-sitter-bash oracle on corpus RUN bodies', () => {
  let parser: Parser;

  beforeAll(async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-bash/tree-sitter-bash.wasm');
    parser = new Parser();
    parser.setLanguage(await Language.load(wasm));
  });

  it('agrees on command names and argv for at least 99% of commands', () => {
    const skipped = windowsFiles();
    const bodies = readdirSync(corpusDir)
      .filter((file) => file.endsWith('.Dockerfile') && !skipped.has(file))
      .sort()
      .flatMap((file) => extractRunBodies(file, readFileSync(path.join(corpusDir, file), 'utf8')));

    let agreed = 0;
    let disagreed = 0;
    let literalWords = 0;
    /** Keyed like KNOWN_DISAGREEMENTS, with both argvs for the failure message. */
    const disagreements = new Map<string, string>();
    for (const { file, body } of bodies) {
      const tree = parser.parse(body);
      if (!tree) throw new Error(`tree-sitter did not parse a RUN body of ${file}`);
      const theirs = new Map(treeSitterCommands(tree.rootNode).map((command) => [command.start, command]));
      tree.delete();
      const ours = new Map(ourCommands(body).map((command) => [command.start, command]));
      for (const start of new Set([...ours.keys(), ...theirs.keys()])) {
        const our = ours.get(start);
        const their = theirs.get(start);
        const compared = our && their ? literalMatches(our.argv, their.argv) : -1;
        if (compared >= 0) {
          agreed++;
          literalWords += compared;
          continue;
        }
        disagreed++;
        const key = `${file} :: ${(our ?? their)!.source.slice(0, 80)}`;
        disagreements.set(key, `ours ${JSON.stringify(our?.argv ?? null)} tree-sitter ${JSON.stringify(their?.argv ?? null)}`);
      }
    }

    const total = agreed + disagreed;
    console.log(
      `tree-sitter oracle: ${bodies.length} RUN bodies, ${total} commands, ${agreed} agree (${((100 * agreed) / total).toFixed(2)}%) with ${literalWords} words compared literally, ${disagreed} disagree`,
    );
    const known = new Set(KNOWN_DISAGREEMENTS.flatMap((group) => group.commands));
    const unexpected = [...disagreements].filter(([key]) => !known.has(key)).map(([key, detail]) => `${key}\n    ${detail}`);
    const stale = [...known].filter((key) => !disagreements.has(key));
    expect(unexpected).toEqual([]);
    expect(stale).toEqual([]);
    expect(agreed / total).toBeGreaterThanOrEqual(0.99);
  });
});
