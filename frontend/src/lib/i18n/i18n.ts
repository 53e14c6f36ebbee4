import { en } from './messages/en';
import { nl } from './messages/nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export type Messages = typeof nl;

/** Dot-separated path to every string in the catalogue, e.g. `home.title`; a typo fails the type check. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = LeafPaths<Messages>;

export type MessageParams = Record<string, string | number>;

export const catalogues: Record<Language, Messages> = { nl, en };

const STORAGE_KEY = 'kennisportaal.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') {
    // Only reachable if the types are bypassed; show the key rather than an empty string.
    return key;
  }
  if (!params) {
    return node;
  }
  return node.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
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
