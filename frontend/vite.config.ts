import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Everything the backend answers; the dev server forwards it so the browser sees one origin, as in production.
const backend = 'http://localhost:8080';
const proxied = ['/api', '/actuator', '/oauth2', '/login', '/logout'];

const parser = '@formatjs/icu-messageformat-parser';

/** Mirrors `isPlainText` in src/lib/i18n/i18n.ts: no argument and no quoting, so the text is the message. */
const isPlainText = (message: string) => !message.includes('{') && !message.includes("''");

/**
 * The production build ships the message catalogues already parsed into ICU MessageFormat syntax trees, and leaves
 * the parser out: phones download and run less. Development and tests keep the plain strings and the parser.
 */
function precompileMessages(): Plugin {
  // Every file under messages/ is one catalogue, or part of one (nl.ts, nl-pages.ts, en.ts).
  const catalogue = /\/src\/lib\/i18n\/messages\/[\w-]+\.ts$/;
  return {
    name: 'kennisportaal:precompile-messages',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      resolve: { alias: [{ find: new RegExp(`^${parser}$`), replacement: `${parser}/no-parser.js` }] },
    }),
    transform(code, id) {
      if (!catalogue.test(id)) return null;
      const name = /export\s+const\s+(\w+)\s*=/.exec(code)?.[1];
      if (!name) throw new Error(`${id}: a catalogue exports one object literal, \`export const <name> = {...}\``);
      // The catalogue is one object literal of strings: evaluate it and parse every message the way i18n.ts would.
      const body = code.replace(/export\s+const\s+\w+\s*=/, 'return ');
      const messages = new Function(body)() as unknown;
      // Plain text stays a string (translate() returns it as it is), which keeps the catalogue small.
      const compileMessage = (message: string) =>
        isPlainText(message) ? message : parse(message, { ignoreTag: true });
      const compile = (node: unknown): unknown =>
        typeof node === 'string'
          ? compileMessage(node)
          : Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, compile(value)]));
      return { code: `export const ${name} = ${JSON.stringify(compile(messages))};\n`, map: null };
    },
  };
}

/**
 * `src/boot.ts` as a script of its own, loaded `async` from the head: it asks for the search and item pages' data and
 * code as soon as the document arrives, while the app's much larger script is still downloading. (A module script
 * written into index.html would become part of the app's entry instead, and run only once all of it had arrived.)
 *
 * The app's stylesheets are only preloaded by index.html; boot.ts makes them stylesheets (`lib/app-styles.ts`), so
 * that they do not block rendering, and the app's first render waits for them.
 */
function bootScript(): Plugin {
  const source = 'src/boot.ts';
  return {
    name: 'kennisportaal:boot-script',
    config: (_config, { command }) =>
      command === 'build' ? { build: { rollupOptions: { input: { index: 'index.html', boot: source } } } } : undefined,
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const boot = Object.values(bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'boot');
        if (bundle && !boot) throw new Error(`${source} was not built as an entry of its own`);
        const src = boot ? `/${boot.fileName}` : `/${source}`;
        const stylesheet = /<link rel="stylesheet"( crossorigin)? href="([^"]+\.css)">/g;
        if (bundle && !stylesheet.test(html)) throw new Error('index.html has no stylesheet link for the app to preload');
        return {
          html: html.replace(stylesheet, '<link rel="preload" as="style"$1 href="$2">'),
          tags: [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}

/**
 * Every script and stylesheet also as `.br` beside it (Brotli at its best), for the backend to send as it is to a
 * browser that takes Brotli (`SinglePageAppConfiguration`); others get the web server's own gzip. Compressed once
 * here, the app's main script is about a quarter fewer bytes on a phone than with the server's gzip (64 kB against
 * 85 kB).
 */
function precompressAssets(): Plugin {
  return {
    name: 'kennisportaal:precompress-assets',
    apply: 'build',
    // From the files as written: Vite still changes chunks while it generates the bundle (the lists of what to preload).
    writeBundle({ dir }, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!dir || !/\.(js|css)$/.test(fileName)) continue;
        const bytes = readFileSync(join(dir, fileName));
        const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
        writeFileSync(join(dir, `${fileName}.br`), brotliCompressSync(bytes, { params: quality }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompileMessages(), bootScript(), precompressAssets()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by scripts/check-bundle-budget.mjs: which files the home page loads.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A bound for a test that hangs; the five-second default was reached by tests that were right on a loaded machine.
    testTimeout: 60_000,
    restoreMocks: true,
    unstubGlobals: true,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
