/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from './i18n/i18n';
import { nl } from './i18n/messages/nl';
import { fieldErrorText } from './problem-messages';

// Everything the backend can name, read from its source, so a problem type or field error code added there without
// a translation here fails this test instead of reaching readers as a generic sentence.
const backendMain = join(import.meta.dirname, '../../../backend/src/main/java');
const sources = readdirSync(backendMain, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.java'))
  .map((file) => readFileSync(join(backendMain, file), 'utf8'));

function backendSlugs(): string[] {
  const slugs = new Set<string>();
  for (const source of sources) {
    // new PortalException(HttpStatus.X, "slug", ...), Problems.of(HttpStatus.X, "slug", ...) and the like; a slug
    // built from parts ("stale-" + what) is not a whole literal argument and is covered below.
    for (const match of source.matchAll(/\(\s*HttpStatus\.\w+,\s*"([\w-]+)"\s*,/g)) slugs.add(match[1] ?? '');
    // DocumentVersion.stale("what") and require(ifMatch, "what") answer with type stale-<what>.
    for (const match of source.matchAll(/DocumentVersion\.(?:stale\(|require\([^,()]+,\s*)"([\w ]+)"/g)) {
      slugs.add(`stale-${(match[1] ?? '').replace(/ /g, '-')}`);
    }
  }
  return [...slugs].sort();
}

function backendCodes(): string[] {
  const problems = sources.find((source) => source.includes('public final class Problems'));
  const constants = /public enum Code \{([^;]*);/.exec(problems ?? '')?.[1] ?? '';
  return constants
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => name.toLowerCase().replace(/_/g, '-'));
}

describe('problem translations', () => {
  it('translate every problem type the backend can answer with', () => {
    const slugs = backendSlugs();
    expect(slugs).toEqual(expect.arrayContaining(['validation', 'internal', 'event-not-found', 'stale-item']));

    expect(slugs.filter((slug) => !Object.hasOwn(nl.problems.types, slug))).toEqual([]);
  });

  it('translate every field error code the backend can give', () => {
    const codes = backendCodes();
    expect(codes).toEqual(expect.arrayContaining(['required', 'too-long', 'unknown-code']));
    const t = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);
    const fallback = t('problems.fields.fallback');

    const untranslated = codes.filter(
      (code) => fieldErrorText(t, { field: 'x', code, min: 1, max: 2, message: '' }) === fallback,
    );
    expect(untranslated).toEqual([]);
  });
});
