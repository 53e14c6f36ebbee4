import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, loadPageMessages, translate } from './i18n';
import { en } from './messages/en';
import { nl } from './messages/nl';
import { nlPages } from './messages/nl-pages';

const catalogues = { nl: { ...nl, ...nlPages }, en };

function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leafPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

function leafValue(language: (typeof LANGUAGES)[number], path: string): string {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues[language]) as string;
}

/** The arguments a message takes, with how each is used (`count:plural`, `name:argument`), nested ones included. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) {
        found.add(`${element.value}:${TYPE[element.type]}`);
      }
      if ('options' in element) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

describe('message catalogues', () => {
  it('the Dutch pages part adds groups of its own, replacing none of the core', () => {
    const shared = Object.keys(nlPages).filter((group) => Object.hasOwn(nl, group));
    expect(shared).toEqual([]);
  });

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

  it('every message is valid ICU MessageFormat', () => {
    for (const language of LANGUAGES) {
      for (const path of leafPaths(catalogues[language])) {
        expect(() => parse(leafValue(language, path), { ignoreTag: true }), `${language}: ${path}`).not.toThrow();
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
  it("knows the pages' messages once they are loaded", async () => {
    await loadPageMessages();
    expect(translate('nl', 'balance.title')).toBe(nlPages.balance.title);
    expect(translate('en', 'balance.title')).toBe(en.balance.title);
  });

  it('looks up a nested key in the chosen language', () => {
    expect(translate('nl', 'nav.events')).toBe('Bijeenkomsten');
    expect(translate('en', 'nav.events')).toBe('Events');
  });

  it('fills in placeholders', () => {
    expect(translate('en', 'status.version', { version: '9.5.3' })).toBe('Version 9.5.3');
    expect(translate('nl', 'errors.server.detail', { status: 502 })).toContain('foutcode 502');
  });

  it('picks the plural form for a count', () => {
    expect(translate('nl', 'events.results', { count: 1 })).toBe('1 bijeenkomst');
    expect(translate('nl', 'events.results', { count: 2 })).toBe('2 bijeenkomsten');
    expect(translate('en', 'events.seatsLeft', { count: 1 })).toBe('1 seat left');
    expect(translate('nl', 'events.seatsLeft', { count: 1 })).toBe('1 plaats vrij');
    expect(translate('nl', 'experts.count', { count: 1 })).toBe('1 expert');
    expect(translate('en', 'editor.synonyms.saved', { count: 1 })).toBe('Saved: 1 group, in use at once.');
    expect(translate('nl', 'model.count', { count: 0 })).toBe('Nog geen items');
  });

  it('formats numbers the way the language writes them', () => {
    expect(translate('nl', 'search.resultCount', { count: 1234 })).toBe('1.234 resultaten');
    expect(translate('en', 'search.resultCount', { count: 1234 })).toBe('1,234 results');
    expect(translate('nl', 'admin.caption', { total: 12500 })).toBe('Gebruikers met een account (12.500)');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'status.version', {})).toBe('Version {version}');
  });
});
