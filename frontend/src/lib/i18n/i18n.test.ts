import { describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES, translate } from './i18n';

function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leafPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

function leafValue(language: (typeof LANGUAGES)[number], path: string): string {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues[language]) as string;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogues', () => {
  it('nl and en have exactly the same keys', () => {
    expect(leafPaths(catalogues.en).sort()).toEqual(leafPaths(catalogues.nl).sort());
  });

  it('every message is a non-empty string', () => {
    for (const language of LANGUAGES) {
      for (const path of leafPaths(catalogues[language])) {
        expect(leafValue(language, path).trim(), `${language}: ${path}`).not.toBe('');
      }
    }
  });

  it('translations use the same placeholders as the Dutch original', () => {
    for (const path of leafPaths(catalogues.nl)) {
      expect(placeholders(leafValue('en', path)), path).toEqual(placeholders(leafValue('nl', path)));
    }
  });
});

describe('translate', () => {
  it('looks up a nested key in the chosen language', () => {
    expect(translate('nl', 'nav.events')).toBe('Bijeenkomsten');
    expect(translate('en', 'nav.events')).toBe('Events');
  });

  it('fills in placeholders', () => {
    expect(translate('en', 'status.version', { version: '9.5.3' })).toBe('Version 9.5.3');
    expect(translate('nl', 'errors.server.detail', { status: 502 })).toContain('foutcode 502');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'status.version', {})).toBe('Version {version}');
  });
});
