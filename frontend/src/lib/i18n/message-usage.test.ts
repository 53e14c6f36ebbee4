/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from './messages/nl';
import { nlPages } from './messages/nl-pages';

// A message no code asks for is dead weight every visitor downloads. Keys are written out in full (`'nav.home'`, or
// `"isop.myTitle"` as a JSX attribute of a component that translates it, such as Page) or built in a template literal
// from a code (`taxonomy.sectors.${code}`); all are read from the app's source.
const srcRoot = join(import.meta.dirname, '../..');
const source = readdirSync(srcRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes('i18n/messages'))
  .map((file) => readFileSync(join(srcRoot, file), 'utf8'))
  .join('\n');

function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leafPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const builtKeys = [...source.matchAll(/`([\w.]*)\$\{[^}`]+\}([\w.]*)`/g)].map(
  (match) => new RegExp(`^${escape(match[1] ?? '')}[^.]+${escape(match[2] ?? '')}$`),
);

describe('message catalogue usage', () => {
  it('every message key is used somewhere in the app', () => {
    const unused = leafPaths({ ...nl, ...nlPages }).filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`) && !builtKeys.some((pattern) => pattern.test(key)),
    );
    expect(unused).toEqual([]);
  });

  it('recognises both ways of naming a key', () => {
    expect(source).toContain("'nav.home'");
    expect(source).toMatch(/title="[\w.]+"/);
    expect(builtKeys.some((pattern) => pattern.test('taxonomy.sectors.VVE'))).toBe(true);
    expect(builtKeys.some((pattern) => pattern.test('nav.home'))).toBe(false);
  });
});

/** `entry` (under src/) and the app's files it imports statically (not `import()`, not types). */
function staticImports(entry: string): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;]*?\s+from\s+)?'([^']+)'/gms)) {
      const base = specifier.startsWith('@/')
        ? join(srcRoot, specifier.slice(2))
        : specifier.startsWith('.')
          ? resolve(dirname(file), specifier)
          : undefined;
      const found = base && [`${base}.ts`, `${base}.tsx`, base].find((path) => /\.tsx?$/.test(path) && existsSync(path));
      if (found) visit(found);
    }
  };
  visit(join(srcRoot, entry));
  return [...files];
}

describe('the messages built in', () => {
  const pageGroups = Object.keys(nlPages);
  const usesPageMessages = (code: string) =>
    pageGroups.filter((group) => new RegExp(`['"\`]${group}\\.[\\w.$]`).test(code));
  const misplaced = (files: string[]) =>
    files.flatMap((file) =>
      usesPageMessages(readFileSync(file, 'utf8')).map((group) => `${file.slice(srcRoot.length + 1)}: ${group}`),
    );

  it('cover every message of the app shell and home page (the pages part arrives with a page loaded on demand)', () => {
    const files = staticImports('main.tsx');
    expect(files.map((file) => file.slice(srcRoot.length + 1))).toEqual(
      expect.arrayContaining(['main.tsx', 'app/router.tsx', 'app/routes/home.tsx', 'components/layouts/main-layout.tsx']),
    );
    expect(misplaced(files)).toEqual([]);
  });

  // The pages visitors land on from search engines and shared links render without waiting for the pages' part (see
  // `firstView` in app/router.tsx); what they load on demand below the first screen waits for it (lib/on-demand.ts).
  it.each(['app/routes/search.tsx', 'app/routes/item.tsx'])('cover the first view of %s', (route) => {
    const files = staticImports(route);
    expect(files.length).toBeGreaterThan(1);
    expect(misplaced(files)).toEqual([]);
  });

  it('notices a page message', () => {
    expect(usesPageMessages("t('balance.title')")).toEqual(['balance']);
    expect(usesPageMessages('t(`balance.${code}`)')).toEqual(['balance']);
    expect(usesPageMessages("t('home.title')")).toEqual([]);
  });
});
