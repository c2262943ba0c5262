import { describe, expect, it } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3027.js';
import { ruleTests, runRule } from './tester.js';

describe('DL3027 apt-in-scripts', () => {
  ruleTests(rule, {
    valid: ['RUN apt-get install -y python', 'RUN apt-cache policy curl', 'RUN apt-get update && aptitude install -y python', 'RUN echo apt'],
    invalid: [
      {
        code: 'FROM ubuntu\nRUN apt install python',
        errors: [{ line: 2, column: 5, endColumn: 8, messageId: 'apt' }],
        output: 'FROM ubuntu\nRUN apt-get install python',
      },
      {
        name: 'every apt command of the RUN is replaced',
        code: 'RUN apt update && /usr/bin/apt full-upgrade -y && apt show curl',
        errors: [{ line: 1, column: 5, endColumn: 8 }],
        output: 'RUN apt-get update && /usr/bin/apt-get dist-upgrade -y && apt-cache show curl',
      },
      { name: 'upgrade differs, the fix is offered', code: 'RUN apt upgrade -y', errors: [{ line: 1 }], output: 'RUN apt-get upgrade -y' },
      { name: 'no fix when a subcommand has no equivalent', code: 'RUN apt update && apt list --installed', errors: [{ line: 1 }], output: null },
      { code: 'RUN ["apt", "reinstall", "curl"]', errors: [{ line: 1, column: 6, endColumn: 11 }], output: 'RUN ["apt-get", "install", "--reinstall", "curl"]' },
      { code: 'ONBUILD RUN apt install -y curl', errors: [{ line: 1, column: 13, endColumn: 16 }] },
    ],
  });

  it('marks the fix unsafe only when apt-get would upgrade differently', () => {
    const safety = (code: string) => runRule(rule, { code }).findings.flatMap((finding) => finding.fixes.map((fix) => fix.safety));
    expect(safety('RUN apt update && apt install -y curl')).toEqual(['safe']);
    expect(safety('RUN apt update && apt upgrade -y')).toEqual(['unsafe']);
  });
});
