import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { nl } from './messages/nl';
import type { nlPages } from './messages/nl-pages';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** The locale each language formats numbers and dates in. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Every message: the built-in Dutch core and the pages' part, fetched with the first page loaded on demand. */
export type Messages = typeof nl & typeof nlPages;

/** Dot-separated path to every string in the catalogue, e.g. `home.title`; a typo fails the type check. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = LeafPaths<Messages>;

export type MessageParams = Record<string, string | number>;

// Dutch is built in, but for the pages' messages (see `loadPageMessages`); another language's catalogue is fetched
// when first chosen (main.tsx waits for the stored one before the first render), so a visitor downloads only the
// language they read.
const dutch: Partial<Messages> = { ...nl };
const catalogueLoaders: Record<Language, () => Promise<Partial<Messages>>> = {
  nl: () => Promise.resolve(dutch),
  en: () => import('./messages/en').then((module) => module.en),
};
const loaded: Partial<Record<Language, Partial<Messages>>> = { nl: dutch };

export function isLanguageLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/** Fetches a language's catalogue once; `translate` falls back to Dutch for a language not loaded (yet). */
export async function loadLanguage(language: Language): Promise<void> {
  loaded[language] ??= await catalogueLoaders[language]();
}

let pageMessages: Promise<void> | undefined;

/**
 * Fetches the Dutch messages of the pages loaded on demand, once; every such page waits for them before it renders
 * (see `page` in app/router.tsx), so none shows a key. Dutch is the fallback of every language, so it is always these.
 */
export function loadPageMessages(): Promise<void> {
  pageMessages ??= import('./messages/nl-pages').then(
    (module) => void Object.assign(dutch, module.nlPages),
    (error: unknown) => {
      pageMessages = undefined; // a failed download is tried again by the next page
      throw error;
    },
  );
  return pageMessages;
}

/** Whether `text` names a message (client-side rules give keys, translated when shown). */
export function isMessageKey(text: string): text is MessageKey {
  let node: unknown = dutch;
  for (const part of text.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  // A message is its text, or in the production build its precompiled parts (see vite.config.ts).
  return typeof node === 'string' || Array.isArray(node);
}

const STORAGE_KEY = 'kennisportaal.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A key's ICU MessageFormat text; in the production build the catalogues hold it already parsed (see
 * `precompileMessages` in vite.config.ts), so the parser never ships. The key itself if the types were bypassed.
 */
function messageSource(language: Language, key: MessageKey): string | MessageFormatElement[] {
  let node: unknown = loaded[language] ?? dutch;
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  return typeof node === 'string' || Array.isArray(node) ? (node as string | MessageFormatElement[]) : key;
}

/** A message without arguments or quoting is its own text: no need to compile it (vite.config.ts keeps these). */
function isPlainText(message: string): boolean {
  return !message.includes('{') && !message.includes("''");
}

// Parsing a message is the expensive part; each one is compiled once per language and kept.
const compiled = new Map<string, IntlMessageFormat>();

// The library checks every message's locale against the browser's supported ones; the first such check costs about
// 20 ms (80 ms on a phone) in Chromium, on the way to the search page's first results. The app formats only in
// LOCALES, which every browser with Intl supports, so the locale is taken as it is.
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(typeof locales === 'string' ? locales : (locales[0] ?? LOCALES.nl));

function format(language: Language, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${language}:${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    // Tags stay text: no message holds markup, and "<" in a translation must not become an element.
    message = new IntlMessageFormat(messageSource(language, key), LOCALES[language], undefined, { ignoreTag: true });
    compiled.set(cacheKey, message);
  }
  return message;
}

/**
 * The message for a key in a language, as ICU MessageFormat: `{name}` inserts a value, `{count, number}` formats a
 * number the language's way, `{count, plural, one {# item} other {# items}}` picks the plural form.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const source = messageSource(language, key);
  if (typeof source === 'string' && isPlainText(source)) return source;
  try {
    return String(format(language, key).format(params));
  } catch {
    // A value the message needs is missing: show the placeholder rather than nothing (a bug, but a visible one).
    if (typeof source !== 'string') return key;
    return source.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      params && name in params ? String(params[name]) : placeholder,
    );
  }
}

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (privacy settings); the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting the choice is acceptable when storage is blocked.
  }
}
