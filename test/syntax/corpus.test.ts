import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { dumpBuildkit, parse } from '../../src/engine/index.js';
import { describeWithShared, readShared, sharedPath } from '../support/shared.js';

/**
 * Files of the corpus that BuildKit itself rejects, with the reason. Today none: every one of
 * the 295 real Dockerfiles parses cleanly, and this list must stay in step with that.
 */
const EXPECTED_PARSE_ERRORS: Record<string, string[]> = {};

describeWithShared('corpus: 295 real Dockerfiles', ['corpus/dev'], () => {
  const files = readdirSync(sharedPath('corpus/dev')).filter((name) => name.endsWith('.Dockerfile')).sort();

  it('has the whole corpus', () => expect(files).toHaveLength(295));

  it('parses every file without throwing, with only the expected parse errors', () => {
    const errors: Record<string, string[]> = {};
    let instructions = 0;
    for (const name of files) {
      const text = readShared('corpus/dev', name);
      const dockerfile = parse(text);
      instructions += dockerfile.instructions.length;
      expect(() => dumpBuildkit(dockerfile)).not.toThrow();
      const messages = dockerfile.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      if (messages.length > 0) errors[name] = messages;
      for (const instruction of dockerfile.instructions) {
        expect(instruction.start).toBeGreaterThanOrEqual(0);
        expect(instruction.end).toBeLessThanOrEqual(dockerfile.text.length);
        expect(dockerfile.text.slice(instruction.start).toUpperCase().startsWith(instruction.keyword.toUpperCase())).toBe(true);
      }
    }
    console.log(`corpus: ${files.length} files, ${instructions} instructions, ${Object.keys(errors).length} with parse errors`);
    expect(errors).toEqual(EXPECTED_PARSE_ERRORS);
  });
});
