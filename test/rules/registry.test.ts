import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, loadRuleDocs } from '../../src/engine/index.js';
import { docsRegistrySource, registrySource } from './generate-registry.js';
import { runRule } from './tester.js';

const CATEGORIES = ['correctness', 'security', 'size', 'cache', 'reliability', 'maintainability', 'style'];
const SEVERITIES = ['error', 'warning', 'info', 'style'];
const testFiles = new Set(readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.test.ts')));
const RULE_DOCS = await loadRuleDocs();

describe('rule registry', () => {
  it('is generated from the catalog and up to date (npx tsx test/rules/generate-registry.ts)', () => {
    const committed = readFileSync(new URL('../../src/engine/rules/registry.ts', import.meta.url), 'utf8');
    expect(committed).toBe(registrySource());
  });

  it('has a docs registry generated from the catalog and up to date (npx tsx test/rules/generate-registry.ts)', () => {
    const committed = readFileSync(new URL('../../src/engine/rules/docs-registry.ts', import.meta.url), 'utf8');
    expect(committed).toBe(docsRegistrySource());
  });

  it('has docs for exactly the rules there are', () => {
    expect(Object.keys(RULE_DOCS)).toEqual(ALL_RULES.map((rule) => rule.meta.code));
  });

  it('has unique codes and names, sorted by code', () => {
    const codes = ALL_RULES.map((rule) => rule.meta.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(ALL_RULES.map((rule) => rule.meta.name)).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'en')));
  });

  for (const rule of ALL_RULES) {
    const { meta } = rule;
    // A rule without docs fails "has complete docs"; its examples then count as empty.
    const docs = RULE_DOCS[meta.code];
    const examples = docs?.examples ?? { bad: [], good: [] };
    describe(meta.code, () => {
      it('has complete metadata', () => {
        expect(meta.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(SEVERITIES).toContain(meta.severity);
        expect(CATEGORIES).toContain(meta.category);
        expect(['none', 'safe', 'unsafe']).toContain(meta.fix);
        for (const ref of meta.refs) expect(ref).toMatch(/^(hadolint|buildkit|shipshape):[A-Za-z0-9]+$/);
        expect(meta.description.length).toBeGreaterThan(10);
        expect(meta.description).not.toContain('\n');
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        expect(typeof meta.enabledByDefault).toBe('boolean');
      });

      it('has complete docs', () => {
        expect(docs).toBeDefined();
        const sentences = (docs?.why ?? '').split(/(?<=[.!?])\s+/).filter(Boolean);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(4);
        expect(examples.bad.length).toBeGreaterThan(0);
        expect(examples.good.length).toBeGreaterThan(0);
      });

      it('has a test table', () => {
        expect(testFiles.has(`${meta.code}.test.ts`) || testFiles.has(`${meta.code.toLowerCase()}.test.ts`)).toBe(true);
      });

      const settings = examples.settings ?? {};
      const dockerignore = examples.dockerignore === undefined ? {} : { dockerignore: examples.dockerignore };
      examples.bad.forEach((example, index) => {
        it(`bad example ${index + 1} raises it`, () => {
          expect(runRule(rule, { code: example, settings, ...dockerignore }).findings.length).toBeGreaterThan(0);
        });
      });
      examples.good.forEach((example, index) => {
        it(`good example ${index + 1} does not`, () => {
          expect(runRule(rule, { code: example, settings, ...dockerignore }).findings.map((f) => f.message)).toEqual([]);
        });
      });
    });
  }
});
