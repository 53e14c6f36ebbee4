import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ProblemError } from '@/lib/problem-details';
import { fieldErrorText, problemText } from '@/lib/problem-messages';
import { WarningIcon } from './icons';
import styles from './error-alert.module.css';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** The form's label for a field or parameter the problem names; without one the name itself is shown. */
  fieldLabel?: (field: string) => string | undefined;
}

interface Presentation {
  title: string;
  detail?: string;
  status?: number;
  /** The request's id, for a failure on our side: the helpdesk finds the log lines with it. */
  reference?: string;
  fieldErrors: { name?: string; message: string }[];
}

/**
 * Shows a failed API call in the reader's language: the problem's type and each field error's code are translated
 * (never the backend's English text), or a translated generic message for other failures.
 */
export function ErrorAlert({ error, onRetry, fieldLabel }: ErrorAlertProps) {
  const { t } = useI18n();
  const presentation = present(error);

  function present(failure: unknown): Presentation {
    if (failure instanceof ProblemError) {
      const { status, errors, extensions } = failure.problem;
      const requestId = extensions.requestId;
      return {
        ...problemText(t, failure.problem),
        status,
        ...(status >= 500 && typeof requestId === 'string' && { reference: requestId }),
        fieldErrors: errors.map((item) => {
          const name = item.field ?? item.parameter;
          return { name: name && (fieldLabel?.(name) ?? name), message: fieldErrorText(t, item) };
        }),
      };
    }
    if (failure instanceof ApiError && failure.kind === 'network') {
      return { title: t('errors.network.title'), detail: t('errors.network.detail'), fieldErrors: [] };
    }
    if (failure instanceof ApiError && failure.kind === 'http' && failure.status !== undefined) {
      return {
        title: t('errors.server.title'),
        detail: t('errors.server.detail', { status: failure.status }),
        fieldErrors: [],
      };
    }
    return { title: t('errors.unexpected.title'), detail: t('errors.unexpected.detail'), fieldErrors: [] };
  }

  return (
    <div className={styles.alert} role="alert">
      <WarningIcon className={styles.icon} />
      <div className={styles.body}>
        <p className={styles.title}>{presentation.title}</p>
        {presentation.detail && <p>{presentation.detail}</p>}
        {presentation.fieldErrors.length > 0 && (
          <>
            <p>{t('errors.fieldErrors')}</p>
            <ul className={styles.fieldErrors}>
              {presentation.fieldErrors.map((fieldError, index) => (
                <li key={`${fieldError.name ?? ''}-${index}`}>
                  {fieldError.name && <span className={styles.fieldName}>{fieldError.name}: </span>}
                  {fieldError.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {presentation.status !== undefined && (
          <p className={styles.status}>{t('errors.statusCode', { status: presentation.status })}</p>
        )}
        {presentation.reference && (
          <p className={styles.status}>{t('errors.reference', { id: presentation.reference })}</p>
        )}
        {onRetry && (
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
