import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { prepareDateFormats } from '../format';
import {
  isLanguageLoaded,
  loadLanguage,
  readStoredLanguage,
  storeLanguage,
  translate,
  type Language,
  type MessageKey,
  type MessageParams,
} from './i18n';

interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? readStoredLanguage());

  useEffect(() => {
    // Screen readers pick their pronunciation from <html lang>; keep it in step with the UI language.
    document.documentElement.lang = language;
    // After the first paint, in a task of its own: usually while the page still waits for its data.
    const timer = setTimeout(() => prepareDateFormats(language));
    return () => clearTimeout(timer);
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    if (isLanguageLoaded(next)) {
      setLanguageState(next);
    } else {
      // Until its catalogue has arrived the page stays in the current language; if it never does, it stays there.
      loadLanguage(next).then(
        () => setLanguageState(next),
        () => undefined,
      );
    }
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) {
    throw new Error('useI18n must be used inside <I18nProvider>');
  }
  return context;
}
