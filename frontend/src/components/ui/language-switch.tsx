import { LANGUAGES } from '@/lib/i18n/i18n';
import { useI18n } from '@/lib/i18n/i18n-provider';
import styles from './language-switch.module.css';

/** Each language is named in itself (and marked with its own `lang`) so every visitor can recognise theirs. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className={styles.switch} role="group" aria-label={t('layout.languageSwitch')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={styles.option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
