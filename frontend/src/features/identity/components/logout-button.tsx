import { useRef, type FormEvent } from 'react';
import { readCsrfToken } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { getCurrentUser, LOGOUT_URL } from '../api/get-current-user';

interface LogoutButtonProps {
  className?: string;
}

/**
 * Logout is a real form post (a navigation): the backend ends the session and sends the browser on to the identity
 * provider, which ends its session and comes back to the home page. The CSRF token is read when the form is sent,
 * so it is the one the browser holds at that moment.
 */
export function LogoutButton({ className }: LogoutButtonProps) {
  const { t } = useI18n();
  const tokenField = useRef<HTMLInputElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const field = tokenField.current;
    if (!field) return;
    const token = readCsrfToken();
    if (token) {
      field.value = token;
      return;
    }
    // Without the cookie (cleared by the browser, say) the post would be refused: any API answer sets it again.
    event.preventDefault();
    const form = event.currentTarget;
    void getCurrentUser()
      .catch(() => undefined)
      .then(() => {
        field.value = readCsrfToken() ?? '';
        form.submit();
      });
  }

  return (
    <form method="post" action={LOGOUT_URL} onSubmit={handleSubmit}>
      <input ref={tokenField} type="hidden" name="_csrf" defaultValue="" />
      <button type="submit" className={className ?? 'button button-secondary'}>
        {t('account.logout')}
      </button>
    </form>
  );
}
