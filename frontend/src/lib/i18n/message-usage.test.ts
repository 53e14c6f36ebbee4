/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from './messages/nl';

// A message no code asks for is dead weight every visitor downloads. Keys are written out in full (`'nav.home'`) or
// built in a template literal from a code (`taxonomy.sectors.${code}`); both forms are read from the app's source.
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
    const unused = leafPaths(nl).filter(
      (key) => !source.includes(`'${key}'`) && !builtKeys.some((pattern) => pattern.test(key)),
    );
    expect(unused).toEqual([]);
  });

  it('recognises both ways of naming a key', () => {
    expect(source).toContain("'nav.home'");
    expect(builtKeys.some((pattern) => pattern.test('taxonomy.sectors.VVE'))).toBe(true);
    expect(builtKeys.some((pattern) => pattern.test('nav.home'))).toBe(false);
  });
});
