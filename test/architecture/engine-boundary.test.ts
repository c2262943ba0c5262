/**
 * The engine runs in a Web Worker, in Node (CLI) and in tests, so it must stay free of UI code,
 * Node built-ins and browser globals (docs/architecture.md, "Boundary rule"). This test reads the
 * engine's source with the TypeScript compiler rather than regexes, so comments, strings, property
 * names and local variables that happen to be called `document` or `self` do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENGINE_DIR = path.join(REPO_ROOT, 'src/engine');
const LAYERS_ABOVE_ENGINE = ['src/app', 'src/cli'].map((dir) => path.join(REPO_ROOT, dir));

const UI_PACKAGES = new Set(['react', 'react-dom', 'monaco-editor', 'zustand']);
const NODE_BUILTINS = new Set(builtinModules);

/** Globals that exist only in a browser page/worker or only in Node; using one ties the engine to it. */
const HOST_GLOBALS = new Set([
  // Browser
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'Worker',
  'postMessage',
  'importScripts',
  'matchMedia',
  'requestAnimationFrame',
  'alert',
  // Node (dockerfile-ast breaks in browsers on exactly this: "Buffer is not defined")
  'process',
  'Buffer',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
]);

/** `/// <reference types|lib>` targets that pull host type definitions into the engine. */
const HOST_TYPE_REFERENCES = new Set(['node', 'dom', 'dom.iterable', 'webworker', 'webworker.importscripts']);

type Sources = ReadonlyMap<string, string>;

interface Violation {
  file: string;
  line: number;
  problem: string;
}

function formatViolation({ file, line, problem }: Violation): string {
  return `${path.relative(REPO_ROOT, file)}:${line}: ${problem}`;
}

function packageName(specifier: string): string {
  const segments = specifier.split('/');
  return (specifier.startsWith('@') ? segments.slice(0, 2) : segments.slice(0, 1)).join('/');
}

function isInside(target: string, dir: string): boolean {
  const relative = path.relative(dir, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function whyModuleIsForbidden(specifier: string, importingFile: string): string | null {
  const name = packageName(specifier);
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(name)) return 'a Node built-in';
  if (UI_PACKAGES.has(name) || name.startsWith('@monaco-editor/')) return 'a UI library';
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const target = path.resolve(path.dirname(importingFile), specifier);
    const layer = LAYERS_ABOVE_ENGINE.find((dir) => isInside(target, dir));
    if (layer) return `code from ${path.relative(REPO_ROOT, layer)}, which depends on the engine`;
  }
  return null;
}

/** Every module specifier in the file: static, re-export, dynamic, require, import-type and import-equals forms. */
function moduleSpecifiers(sourceFile: ts.SourceFile): ts.StringLiteralLike[] {
  const found: ts.StringLiteralLike[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteralLike(node.moduleSpecifier)) found.push(node.moduleSpecifier);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteralLike(node.expression)) {
      found.push(node.expression);
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const [firstArgument] = node.arguments;
      if ((isDynamicImport || isRequire) && firstArgument && ts.isStringLiteralLike(firstArgument)) {
        found.push(firstArgument);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const { literal } = node.argument;
      if (ts.isStringLiteralLike(literal)) found.push(literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Names that are not references to a variable, e.g. `x.document`, `{ self: 1 }`, `interface I { window: … }`. */
function isMemberOrKeyName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === identifier && !isGlobalThis(parent.expression);
  if (ts.isQualifiedName(parent)) return parent.right === identifier;
  if (ts.isBindingElement(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) {
    return parent.propertyName === identifier;
  }
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === identifier
  );
}

function isGlobalThis(expression: ts.Expression): boolean {
  return ts.isIdentifier(expression) && expression.text === 'globalThis';
}

function createProgram(sources: Sources): ts.Program {
  // No lib and no import resolution: every host global is then undeclared, so a name that does
  // not resolve to a declaration in the engine's own files can only mean the host's global.
  const options: ts.CompilerOptions = {
    noLib: true,
    noResolve: true,
    types: [],
    allowJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
  };
  const host = ts.createCompilerHost(options);
  host.fileExists = (fileName) => sources.has(fileName);
  host.readFile = (fileName) => sources.get(fileName);
  host.getSourceFile = (fileName, languageVersion) => {
    const text = sources.get(fileName);
    return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  return ts.createProgram({ rootNames: [...sources.keys()], options, host });
}

function findBoundaryViolations(sources: Sources): string[] {
  const program = createProgram(sources);
  const checker = program.getTypeChecker();
  const violations: Violation[] = [];

  const isDeclaredInEngine = (symbol: ts.Symbol | undefined): boolean =>
    symbol?.declarations?.some((declaration) => sources.has(declaration.getSourceFile().fileName)) ?? false;

  for (const fileName of sources.keys()) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) throw new Error(`TypeScript did not load ${fileName}`);
    const report = (node: ts.Node | ts.TextRange, problem: string): void => {
      const position = 'getStart' in node ? node.getStart(sourceFile) : node.pos;
      violations.push({ file: fileName, line: sourceFile.getLineAndCharacterOfPosition(position).line + 1, problem });
    };

    for (const specifier of moduleSpecifiers(sourceFile)) {
      const reason = whyModuleIsForbidden(specifier.text, fileName);
      if (reason) report(specifier, `imports "${specifier.text}" (${reason})`);
    }
    for (const reference of [...sourceFile.typeReferenceDirectives, ...sourceFile.libReferenceDirectives]) {
      const target = reference.fileName.toLowerCase();
      if (HOST_TYPE_REFERENCES.has(target) || UI_PACKAGES.has(packageName(target))) {
        report(reference, `references the type definitions of "${reference.fileName}"`);
      }
    }

    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && HOST_GLOBALS.has(node.text) && !isMemberOrKeyName(node)) {
        const symbol = ts.isShorthandPropertyAssignment(node.parent)
          ? checker.getShorthandAssignmentValueSymbol(node.parent)
          : checker.getSymbolAtLocation(node);
        if (!isDeclaredInEngine(symbol)) report(node, `uses the host global "${node.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return violations.map(formatViolation);
}

function engineSources(): Map<string, string> {
  const files = readdirSync(ENGINE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((relative) => /\.[cm]?[jt]sx?$/.test(relative))
    .sort()
    .map((relative) => path.join(ENGINE_DIR, relative));
  return new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
}

describe('engine boundary', () => {
  // Parsing every engine file with the TypeScript compiler takes seconds on a loaded machine.
  it('src/engine uses no UI library, app or CLI code, Node built-in, or browser/Node global', () => {
    const sources = engineSources();
    expect(sources.has(path.join(ENGINE_DIR, 'index.ts'))).toBe(true);
    expect(findBoundaryViolations(sources)).toEqual([]);
  }, 60_000);
});

describe('the boundary check itself', () => {
  const fixture = (text: string) => new Map([[path.join(ENGINE_DIR, 'rules/fixture.ts'), text]]);

  it.each([
    `import React from 'react';`,
    `import { createRoot } from 'react-dom/client';`,
    `import * as monaco from 'monaco-editor/editor';`,
    `import Editor from '@monaco-editor/react';`,
    `import { create } from 'zustand';`,
    `import { readFileSync } from 'node:fs';`,
    `import path from 'path';`,
    `import { readFile } from 'fs/promises';`,
    `export { usePlaygroundStore } from '../../app/store';`,
    `import type { Options } from '../../cli/options.js';`,
    `export async function load() { return import('child_process'); }`,
    `export type Url = import('url').URL;`,
    `import os = require('os');`,
    `/// <reference types="node" />\nexport {};`,
    `/// <reference lib="dom" />\nexport {};`,
    `export const title = document.title;`,
    `export const isBrowser = typeof window !== 'undefined';`,
    `export const saved = localStorage.getItem('dockerfile');`,
    `export const language = navigator.language;`,
    `self.postMessage('done');`,
    `export const page = globalThis.document;`,
    `export const ci = process.env.CI;`,
    `export const bytes = Buffer.from('FROM scratch');`,
    `export const environment = { window };`,
  ])('flags %s', (text) => {
    expect(findBoundaryViolations(fixture(text))).toHaveLength(1);
  });

  it('ignores local names, members, keys, strings and comments that look like host globals', () => {
    const text = [
      `import { parse } from '../syntax/parser.js';`,
      `import { images } from '../../data/images.js';`,
      `import { window as stageWindow } from './windows.js';`,
      `// The document is parsed once; see window.ts`,
      `export function lint(document: string, options: { self: boolean }) {`,
      `  const { navigator: agent } = options as never;`,
      `  const location = { line: 1, history: [] };`,
      `  return [document.length, options.self, location.line, agent, 'process', parse, images, stageWindow];`,
      `}`,
      `export interface Finding { location: string; window(): void }`,
      `export class Tracker { history: string[] = []; get document() { return ''; } }`,
      `export enum Scope { global, module }`,
    ].join('\n');
    expect(findBoundaryViolations(fixture(text))).toEqual([]);
  });
});
