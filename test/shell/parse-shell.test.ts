import { describe, expect, it } from 'vitest';
import { parseShell, type ShellScript, type ShellWord } from '../../src/engine/shell/index.js';

/** Each command as `depth:argv…` so tables stay readable. */
function commandLines(script: ShellScript): string[] {
  return script.commands.map((command) => `${command.depth}:${command.words.map((word) => word.value).join(' ')}`);
}

function operatorList(script: ShellScript): string[] {
  return script.operators.map((operator) => `${operator.op}@${operator.start}`);
}

function word(raw: string, value: string, start: number, flags: Partial<Pick<ShellWord, 'dynamic' | 'quoted'>> = {}): ShellWord {
  return { raw, value, start, end: start + raw.length, dynamic: flags.dynamic ?? false, quoted: flags.quoted ?? false };
}

describe('parseShell: commands and argv', () => {
  const cases: { name: string; text: string; commands: string[] }[] = [
    {
      name: 'a typical apt-get RUN body',
      text: 'apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
      commands: [
        '0:apt-get update',
        '0:apt-get install -y --no-install-recommends curl ca-certificates',
        '0:rm -rf /var/lib/apt/lists/*',
      ],
    },
    { name: 'newlines separate commands', text: 'a\nb\n\nc', commands: ['0:a', '0:b', '0:c'] },
    { name: 'a backslash-newline continues the line', text: 'apt-get install \\\n  curl \\\n  git', commands: ['0:apt-get install curl git'] },
    { name: 'a continuation inside a word is removed', text: 'ec\\\nho hi', commands: ['0:echo hi'] },
    {
      name: 'command substitution nests one level deeper',
      text: 'echo "$(uname -m)" $(dirname $(which python))',
      commands: ['0:echo $(uname -m) $(dirname $(which python))', '1:uname -m', '1:dirname $(which python)', '2:which python'],
    },
    { name: 'backticks nest like $( )', text: 'echo `id -u` "`date`"', commands: ['0:echo `id -u` `date`', '1:id -u', '1:date'] },
    { name: 'a subshell', text: '(cd /src && make) && ls', commands: ['1:cd /src', '1:make', '0:ls'] },
    { name: 'a brace group', text: '{ echo a; echo b; } > log', commands: ['1:echo a', '1:echo b'] },
    { name: 'braces inside a word are not a group', text: 'echo {a,b} a{ }b', commands: ['0:echo {a,b} a{ }b'] },
    {
      name: 'if / elif / else bodies, with [ as a command',
      text: 'if [ -f x ]; then echo yes; elif test -d y; then :; else echo no; fi',
      commands: ['0:[ -f x ]', '0:echo yes', '0:test -d y', '0::', '0:echo no'],
    },
    {
      name: 'for loops: the word list is not a command',
      text: 'for f in $(ls /etc) a b; do echo "$f"; done; for ((i = 0; i < 3; i++)); do :; done',
      commands: ['1:ls /etc', '0:echo $f', '0::'],
    },
    { name: 'for without in', text: 'for arg do echo "$arg"; done', commands: ['0:echo $arg'] },
    {
      name: 'while and until',
      text: 'while read -r line; do echo "$line"; done < list; until false; do break; done',
      commands: ['0:read -r line', '0:echo $line', '0:false', '0:break'],
    },
    {
      name: 'case patterns are not commands',
      text: 'case "$arch" in\n  amd64|x86_64) echo x ;;\n  (arm64) echo a; echo b ;;\n  *) exit 1 ;;\nesac; echo after',
      commands: ['0:echo x', '0:echo a', '0:echo b', '0:exit 1', '0:echo after'],
    },
    {
      name: 'case inside $( ) with ) in patterns',
      text: 'x=$(case $y in a) echo A;; *) echo B;; esac) && echo $x',
      commands: ['0:', '1:echo A', '1:echo B', '0:echo $x'],
    },
    { name: 'the last case item may omit ;;', text: 'case a in a) echo a\nesac', commands: ['0:echo a'] },
    {
      name: 'function definitions: the body commands count, the name does not',
      text: 'f() { echo in f; }; function g { ls; }; function h() (pwd); f',
      commands: ['1:echo in f', '1:ls', '1:pwd', '0:f'],
    },
    { name: '! negates a pipeline', text: '! grep -q x file', commands: ['0:grep -q x file'] },
    {
      name: '[[ ]] operands are not commands but their substitutions are',
      text: '[[ $(uname -m) == x86_64 && -f a || ( -d b ) ]] && echo ok',
      commands: ['1:uname -m', '0:echo ok'],
    },
    { name: '[[ ]] regexes may hold parens and pipes', text: '[[ $v =~ ^(a|b)$ ]] && echo match', commands: ['0:echo match'] },
    {
      name: 'arithmetic is not a command, but substitutions inside it are',
      text: 'make -j$(( $(nproc) + 1 )); (( n++ )); echo $((2*3))',
      commands: ['0:make -j$(( $(nproc) + 1 ))', '1:nproc', '0:echo $((2*3))'],
    },
    { name: '$(( that turns out to be a subshell', text: 'echo $( (a) | b )', commands: ['0:echo $( (a) | b )', '2:a', '1:b'] },
    { name: '(( that turns out to be nested subshells', text: '( (a) ) && b', commands: ['2:a', '0:b'] },
    {
      name: 'parameter expansions with nested braces, quotes and substitutions',
      text: 'echo ${x:-${y:-"a}b"}} ${z:-$(id -u)} "${p//\\}/q}"',
      commands: ['0:echo ${x:-${y:-"a}b"}} ${z:-$(id -u)} ${p//\\}/q}', '1:id -u'],
    },
    { name: 'process substitution', text: 'diff <(sort a) >(cat)', commands: ['0:diff <(sort a) >(cat)', '1:sort a', '1:cat'] },
    { name: 'comments run to the end of the line', text: 'echo a#b # c && d\necho e', commands: ['0:echo a#b', '0:echo e'] },
    { name: 'reserved words are plain arguments after the command name', text: 'echo if then fi done', commands: ['0:echo if then fi done'] },
    { name: 'quoted reserved words are command names', text: '"if" x; \\fi y', commands: ['0:if x', '0:fi y'] },
    {
      name: 'shell here-documents are skipped',
      text: 'cat <<EOF > /etc/conf\nnot $(a command)\n  EOF\nEOF\necho done',
      commands: ['0:cat', '0:echo done'],
    },
    { name: '<<- strips leading tabs from the delimiter line', text: 'cat <<-END\n\tbody\n\tEND\nls', commands: ['0:cat', '0:ls'] },
    { name: 'quoted delimiters', text: "cat <<'E O' | sh\nrm -rf /\nE O\nls", commands: ['0:cat', '0:sh', '0:ls'] },
    { name: 'two here-documents on one line', text: 'a <<X; b <<Y\nx\nX\ny\nY\nc', commands: ['0:a', '0:b', '0:c'] },
    { name: 'a here-document inside $( )', text: 'v=$(cat <<EOF\nbody\nEOF\n)\necho "$v"', commands: ['0:', '1:cat', '0:echo $v'] },
    { name: '<<< is a here-string, not a here-document', text: 'cat <<<word\necho next', commands: ['0:cat', '0:echo next'] },
  ];

  it.each(cases)('$name', ({ text, commands }) => {
    const script = parseShell(text);
    expect(commandLines(script)).toEqual(commands);
    expect(script.errors).toEqual([]);
  });
});

describe('parseShell: words', () => {
  const cases: { name: string; text: string; words: ShellWord[] }[] = [
    { name: 'plain words', text: 'ls  -la', words: [word('ls', 'ls', 0), word('-la', '-la', 4)] },
    {
      name: 'single quotes are literal',
      text: `echo 'a "$b" \\c'`,
      words: [word('echo', 'echo', 0), word(`'a "$b" \\c'`, 'a "$b" \\c', 5, { quoted: true })],
    },
    {
      name: 'double quotes escape only $ ` " \\ and newline',
      text: 'echo "a\\$b \\"c\\" \\\\ \\x \\\nd"',
      words: [word('echo', 'echo', 0), word('"a\\$b \\"c\\" \\\\ \\x \\\nd"', 'a$b "c" \\ \\x d', 5, { quoted: true })],
    },
    {
      name: 'expansions stay literal in value and make the word dynamic',
      text: 'cp "$HOME/x" ${DIR}/y',
      words: [
        word('cp', 'cp', 0),
        word('"$HOME/x"', '$HOME/x', 3, { quoted: true, dynamic: true }),
        word('${DIR}/y', '${DIR}/y', 13, { dynamic: true }),
      ],
    },
    {
      name: 'backslash escapes outside quotes',
      text: 'echo a\\ b \\$HOME',
      words: [word('echo', 'echo', 0), word('a\\ b', 'a b', 5, { quoted: true }), word('\\$HOME', '$HOME', 10, { quoted: true })],
    },
    {
      name: "ANSI-C $'…' strings",
      text: "printf $'a\\tb\\n\\x41\\101\\u00e9\\'q'",
      words: [word('printf', 'printf', 0), word("$'a\\tb\\n\\x41\\101\\u00e9\\'q'", "a\tb\nAAé'q", 7, { quoted: true })],
    },
    {
      name: 'concatenated quoting styles form one word',
      text: `echo pre'single'"double"$'\\t'post`,
      words: [word('echo', 'echo', 0), word(`pre'single'"double"$'\\t'post`, 'presingledouble\tpost', 5, { quoted: true })],
    },
    { name: 'a lone $ is literal', text: 'echo $ a$', words: [word('echo', 'echo', 0), word('$', '$', 5), word('a$', 'a$', 7)] },
    {
      name: 'special parameters',
      text: 'echo $? $@ $1 $#',
      words: [
        word('echo', 'echo', 0),
        word('$?', '$?', 5, { dynamic: true }),
        word('$@', '$@', 8, { dynamic: true }),
        word('$1', '$1', 11, { dynamic: true }),
        word('$#', '$#', 14, { dynamic: true }),
      ],
    },
    { name: 'empty quotes make an empty word', text: `x '' ""`, words: [word('x', 'x', 0), word(`''`, '', 2, { quoted: true }), word('""', '', 5, { quoted: true })] },
    { name: 'UTF-16 offsets after astral characters', text: 'echo 😀 ü', words: [word('echo', 'echo', 0), word('😀', '😀', 5), word('ü', 'ü', 8)] },
  ];

  it.each(cases)('$name', ({ text, words }) => {
    const script = parseShell(text);
    expect(script.commands).toHaveLength(1);
    expect(script.commands[0]!.words).toEqual(words);
    expect(script.errors).toEqual([]);
  });

  it('reports offsets for commands, assignments and redirects', () => {
    const text = 'FOO=bar BAZ="q r" cmd arg 2>&1 >/dev/null';
    expect(parseShell(text).commands).toEqual([
      {
        kind: 'command',
        assignments: [
          { name: 'FOO', value: word('bar', 'bar', 4), start: 0, end: 7 },
          { name: 'BAZ', value: word('"q r"', 'q r', 12, { quoted: true }), start: 8, end: 17 },
        ],
        words: [word('cmd', 'cmd', 18), word('arg', 'arg', 22)],
        redirects: [
          { op: '2>&', target: word('1', '1', 29), start: 26, end: 30 },
          { op: '>', target: word('/dev/null', '/dev/null', 32), start: 31, end: 41 },
        ],
        start: 0,
        end: 41,
        depth: 0,
      },
    ]);
  });
});

describe('parseShell: assignments', () => {
  it('a line of only assignments is a command without words', () => {
    const [command] = parseShell('A=1 B= C+=x').commands;
    expect(command!.words).toEqual([]);
    expect(command!.assignments.map((assignment) => [assignment.name, assignment.value?.value ?? null])).toEqual([
      ['A', '1'],
      ['B', null],
      ['C', 'x'],
    ]);
  });

  it('an assignment after the command name is an argument', () => {
    expect(commandLines(parseShell('export A=1 B=2'))).toEqual(['0:export A=1 B=2']);
  });

  it('array assignments keep their raw text', () => {
    const [command] = parseShell('arr=(a "b c" $(d)) run').commands;
    expect(command!.assignments[0]!.value).toEqual(word('(a "b c" $(d))', '(a "b c" $(d))', 4, { quoted: true, dynamic: true }));
    expect(command!.words.map((w) => w.value)).toEqual(['run']);
  });

  it('names must be valid shell identifiers', () => {
    expect(commandLines(parseShell('1A=x 2>/dev/null; a-b=c d'))).toEqual(['0:1A=x', '0:a-b=c d']);
  });
});

describe('parseShell: redirects', () => {
  const cases: { text: string; redirects: [string, string | null][] }[] = [
    { text: 'cmd >out', redirects: [['>', 'out']] },
    { text: 'cmd 2>>log', redirects: [['2>>', 'log']] },
    { text: 'cmd &>all', redirects: [['&>', 'all']] },
    { text: 'cmd &>>all', redirects: [['&>>', 'all']] },
    { text: 'cmd >&2', redirects: [['>&', '2']] },
    { text: 'cmd 2>&1', redirects: [['2>&', '1']] },
    { text: 'cmd 10>&-', redirects: [['10>&', '-']] },
    { text: 'cmd < in', redirects: [['<', 'in']] },
    { text: 'cmd <&3 <>rw >|clobber', redirects: [['<&', '3'], ['<>', 'rw'], ['>|', 'clobber']] },
    { text: "cmd <<< 'here string'", redirects: [['<<<', 'here string']] },
    { text: '>first cmd', redirects: [['>', 'first']] },
  ];

  it.each(cases)('$text', ({ text, redirects }) => {
    const script = parseShell(text);
    expect(script.commands[0]!.redirects.map((redirect) => [redirect.op, redirect.target?.value ?? null])).toEqual(redirects);
    expect(script.commands[0]!.words.map((w) => w.value)).toEqual(['cmd']);
  });

  it('here-document redirects record the delimiter word', () => {
    const text = 'cat <<-"EOF" >f\n\tx\n\tEOF\n';
    const [command] = parseShell(text).commands;
    expect(command!.redirects[0]).toEqual({ op: '<<-', target: word('"EOF"', 'EOF', 7, { quoted: true }), start: 4, end: 12 });
    expect(command!.end).toBe(15);
  });

  it('digits not followed by < or > are an ordinary word', () => {
    expect(commandLines(parseShell('sleep 10 2 >x'))).toEqual(['0:sleep 10 2']);
  });
});

describe('parseShell: operators', () => {
  const cases: { text: string; operators: string[]; hasPipe: boolean }[] = [
    { text: 'a && b || c; d & e', operators: ['&&@2', '||@7', ';@11', '&@15'], hasPipe: false },
    { text: 'a | b |& c', operators: ['|@2', '|@6'], hasPipe: true },
    { text: 'a\nb\n\n# c\nd', operators: ['\n@1', '\n@3'], hasPipe: false },
    { text: 'a &&\n  b', operators: ['&&@2'], hasPipe: false },
    { text: 'if a\nthen\n  b\nfi', operators: ['\n@4', '\n@13'], hasPipe: false },
    { text: 'echo $(a | b) && c', operators: ['|@9', '&&@14'], hasPipe: true },
    { text: 'x="a | b" \'c && d\'', operators: [], hasPipe: false },
  ];

  it.each(cases)('$text', ({ text, operators, hasPipe }) => {
    const script = parseShell(text);
    expect(operatorList(script)).toEqual(operators);
    expect(script.hasPipe).toBe(hasPipe);
  });

  it('operators record their full extent', () => {
    expect(parseShell('a |& b').operators).toEqual([{ op: '|', start: 2, end: 4 }]);
  });
});

describe('parseShell: errors', () => {
  const cases: { text: string; message: string; start: number; end: number; commands: string[] }[] = [
    { text: "echo 'abc", message: 'unterminated single quote', start: 5, end: 9, commands: ['0:echo abc'] },
    { text: 'echo "abc', message: 'unterminated double quote', start: 5, end: 9, commands: ['0:echo abc'] },
    { text: 'echo $(ls', message: "command substitution without closing ')'", start: 5, end: 9, commands: ['0:echo $(ls', '1:ls'] },
    { text: 'echo `ls', message: 'command substitution without closing backtick', start: 5, end: 8, commands: ['0:echo `ls', '1:ls'] },
    { text: 'echo ${x', message: "parameter expansion '${' without closing '}'", start: 5, end: 8, commands: ['0:echo ${x'] },
    { text: 'echo $((1+', message: "arithmetic expression without closing '))'", start: 5, end: 10, commands: ['0:echo $((1+'] },
    { text: '(a && b', message: "'(' without matching ')'", start: 0, end: 1, commands: ['1:a', '1:b'] },
    { text: '{ a; b', message: "'{' without matching '}'", start: 0, end: 1, commands: ['1:a', '1:b'] },
    { text: 'if a; then b', message: "'if' without matching 'fi'", start: 0, end: 2, commands: ['0:a', '0:b'] },
    { text: 'for x in a; do b', message: "'for' without matching 'done'", start: 0, end: 3, commands: ['0:b'] },
    { text: 'case x in a) b;;', message: "'case' without matching 'esac'", start: 0, end: 4, commands: ['0:b'] },
    { text: 'cat <<EOF\nbody', message: "here-document without its 'EOF' line", start: 4, end: 9, commands: ['0:cat'] },
    { text: 'cat <<EOF', message: "here-document 'EOF' has no body", start: 4, end: 9, commands: ['0:cat'] },
    { text: 'a ) b', message: "unexpected ')'", start: 2, end: 3, commands: ['0:a', '0:b'] },
    { text: 'a; fi', message: "unexpected 'fi'", start: 3, end: 5, commands: ['0:a'] },
    { text: 'a >', message: "redirect '>' without a target", start: 2, end: 3, commands: ['0:a'] },
    { text: '[[ -f x', message: "'[[' without matching ']]'", start: 0, end: 2, commands: [] },
  ];

  it.each(cases)('$text', ({ text, message, start, end, commands }) => {
    const script = parseShell(text);
    expect(script.errors).toEqual([{ message, start, end }]);
    expect(commandLines(script)).toEqual(commands);
  });

  it('gives up past the nesting limit instead of overflowing the stack', () => {
    const script = parseShell('$('.repeat(5000));
    expect(script.errors.some((error) => error.message.startsWith('nesting too deep'))).toBe(true);
  });
});

describe('parseShell: options', () => {
  it('defaults to backslash and accepts it explicitly', () => {
    expect(parseShell('a\\ b', { escapeChar: '\\' })).toEqual(parseShell('a\\ b'));
  });
});
