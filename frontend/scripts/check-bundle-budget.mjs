#!/usr/bin/env node
// The script budget of the home page: the entry chunks (the app's and boot.ts's) and every chunk they import statically,
// gzip-compressed as the backend sends them. Pages loaded on demand (search, editors, organisers, ...) are not counted. Run after
// `vite build` (npm run build does); fails the build above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 120_000;
const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error('check-bundle-budget: no entry chunk in dist/.vite/manifest.json');
  process.exit(2);
}

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
for (const entry of entries) collect(entry);

let total = 0;
let brotli = 0;
for (const file of files) {
  // Level 6 is what the backend's (Reactor Netty's) gzip uses.
  const size = gzipSync(readFileSync(join(dist, file)), { level: 6 }).length;
  total += size;
  // The build's own Brotli copy (vite.config.ts), which browsers that take Brotli get instead.
  brotli += readFileSync(join(dist, `${file}.br`)).length;
  console.log(`  ${file}  ${(size / 1000).toFixed(1)} kB gzip`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`home page script: ${(total / 1000).toFixed(1)} kB gzip, ${verdict} the budget of ${BUDGET_BYTES / 1000} kB (Brotli: ${(brotli / 1000).toFixed(1)} kB)`);
if (total > BUDGET_BYTES) process.exit(1);
