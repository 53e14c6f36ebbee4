import { useI18n } from '@/lib/i18n/i18n-provider';
import { LOGIN_URL } from '../api/get-current-user';
import styles from './login-prompt.module.css';

/** Shown instead of a page that needs a login. */
export function LoginPrompt() {
  const { t } = useI18n();
  return (
    <section className={styles.prompt} aria-labelledby="login-prompt-title">
      <h2 id="login-prompt-title">{t('account.loginRequiredTitle')}</h2>
      <p>{t('account.loginRequired')}</p>
      <p>{t('account.loginExplanation')}</p>
      <p>
        <a className="button" href={LOGIN_URL}>
          {t('account.login')}
        </a>
      </p>
    </section>
  );
}
