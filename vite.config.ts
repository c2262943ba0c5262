import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy the built app runs under. Everything is served from the app's own
 * origin: no CDN, no inline or eval'd script, no network access beyond the origin. Monaco sets
 * inline styles and adds <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The policy goes into the built page itself, so it holds wherever the files are hosted. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'shipshape-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * `vite preview` gzips every response while sending it: over 4 MB of JavaScript (Monaco alone is
 * 3 MB) on each cold load, on the same CPU the browser needs to start the page. The preview server
 * runs on the user's own machine, where compression saves nothing; a static host would send
 * precompressed files instead. The bare Monaco page of `npm run bench:ui` is served the same way.
 */
export function uncompressedPreview(): Plugin {
  return {
    name: 'shipshape-uncompressed-preview',
    configurePreviewServer(server) {
      // Runs before the preview's compression middleware, which then finds nothing to negotiate.
      server.middlewares.use((request, _response, next) => {
        delete request.headers['accept-encoding'];
        next();
      });
    },
  };
}

/** The modules the entry imports dynamically at once (main.tsx, loadEditor.ts). */
const START_CHUNKS = ['/src/app/startApp.tsx', '/src/app/editor/CodeEditor.tsx'];

/**
 * The app and the editor chunk (Monaco, most of the JavaScript) are imported dynamically, so that
 * the engine worker starts first and the first findings do not wait for Monaco; preloading them
 * from the HTML starts their download and compilation at once instead of after the entry has run.
 */
function preloadStartChunks(): Plugin {
  return {
    name: 'shipshape-preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
        const tags: HtmlTagDescriptor[] = [];
        const preloaded = new Set<string>();
        // A start chunk's own static imports (code it shares with other chunks) are needed as soon as it is.
        const preload = (fileName: string) => {
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          if (chunk === undefined || chunk.isEntry || preloaded.has(fileName)) return;
          preloaded.add(fileName);
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` }, injectTo: 'head' });
          for (const css of chunk.viteMetadata?.importedCss ?? []) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${css}` }, injectTo: 'head' });
          }
          for (const imported of chunk.imports) preload(imported);
        };
        for (const module of START_CHUNKS) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module));
          if (chunk !== undefined) preload(chunk.fileName);
        }
        return tags;
      },
    },
  };
}

/** Marks the second module the docs registry makes of a rule file (see ruleDocsApart). */
const RULE_DOCS_ONLY = '?rule-docs-only';

/** The names an AST node refers to: every identifier except the keys of object literals. */
function referencedNames(node: unknown, names: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return names;
  const { type, computed, name } = node as { type?: string; computed?: boolean; name?: string };
  if (type === 'Identifier' && name !== undefined) names.push(name);
  for (const [field, child] of Object.entries(node)) {
    if (!(type === 'Property' && field === 'key' && computed !== true)) referencedNames(child, names);
  }
  return names;
}

/**
 * Keeps the rule docs out of the engine worker's start-up chunk. Each rule file exports its
 * `rule` and, apart, its `docs` (why and examples), which analysis never reads; but a bundler puts
 * a module in one chunk whole, so the docs would stay in the chunk that needs every rule. The
 * docs registry (src/engine/rules/docs-registry.ts) therefore gets a second module of each rule
 * file holding just its `docs` statement, and the docs go into the registry's own chunk. A
 * statement that refers to anything else in its file cannot be moved, and fails the build.
 */
function ruleDocsApart(): Plugin {
  return {
    name: 'shipshape-rule-docs-apart',
    apply: 'build',
    resolveId: {
      // Before Vite's own resolver, which would hand out the rule file itself.
      order: 'pre',
      async handler(source, importer) {
        if (!importer?.endsWith('/src/engine/rules/docs-registry.ts') || !source.startsWith('./catalog/')) return null;
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved === null ? null : `${resolved.id}${RULE_DOCS_ONLY}`;
      },
    },
    // After the TypeScript transform, so that the statement is plain JavaScript.
    transform(code, id) {
      if (!id.endsWith(RULE_DOCS_ONLY)) return null;
      const file = id.slice(0, -RULE_DOCS_ONLY.length);
      for (const statement of this.parse(code).body) {
        if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
        const docs = statement.declaration.declarations.find((declarator) => declarator.id.type === 'Identifier' && declarator.id.name === 'docs');
        if (docs === undefined) continue;
        const references = referencedNames(docs.init);
        if (references.length > 0) this.error(`${file}: the docs refer to ${references.join(', ')}; write them out as literals`);
        return { code: code.slice(statement.start, statement.end), map: null };
      }
      this.error(`${file} has no \`export const docs\``);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadStartChunks(), uncompressedPreview()],
  // The engine worker's bundle is the one that imports the docs registry (dynamically).
  worker: { format: 'es', plugins: () => [ruleDocsApart()] },
  build: {
    // `dist/` belongs to the Node build of the engine and CLI (tsconfig.node.json).
    outDir: 'dist-app',
    emptyOutDir: true,
    // Monaco's core is one ~3 MB chunk, loaded lazily after the page and the analysis are up;
    // the default 500 kB warning would fire on every build and hide warnings that matter.
    chunkSizeWarningLimit: 4096,
  },
  preview: {
    // What a meta tag cannot say: the app must not be framed (clickjacking of "Copy link").
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
  },
});
