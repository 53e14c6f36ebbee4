import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isEditor, LOGIN_URL, useMe } from '../api/get-me';
import styles from './editor.module.css';

interface RequireEditorProps {
  children: ReactNode;
  /** For pages whose heading comes from the content (an item's title): the heading to show while it cannot. */
  heading?: string;
}

/**
 * Shows the editor screens to editors only; others get a login link or a "not allowed" message. The backend enforces
 * the same rule on every call: this spares people a form that cannot be saved.
 */
export function RequireEditor({ children, heading }: RequireEditorProps) {
  const { t } = useI18n();
  const { data: me, error, isPending, refetch } = useMe();

  if (isPending) {
    return (
      <Gate heading={heading}>
        <p role="status">{t('editor.checkingLogin')}</p>
      </Gate>
    );
  }
  if (error) {
    return (
      <Gate heading={heading}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Gate>
    );
  }
  if (!me) {
    return (
      <Gate heading={heading}>
        <div className={styles.notice}>
          <p>{t('editor.loginRequired')}</p>
          <p>
            {/* A full page load: the login is a round trip through the identity provider. */}
            <a href={LOGIN_URL} className="button">
              {t('editor.login')}
            </a>
          </p>
        </div>
      </Gate>
    );
  }
  if (!isEditor(me)) {
    return (
      <Gate heading={heading}>
        <div className={styles.notice}>
          <p>{t('editor.forbidden')}</p>
        </div>
      </Gate>
    );
  }
  return <>{children}</>;
}

function Gate({ heading, children }: { heading: string | undefined; children: ReactNode }) {
  if (heading === undefined) return <>{children}</>;
  return <TitledGate heading={heading}>{children}</TitledGate>;
}

function TitledGate({ heading, children }: { heading: string; children: ReactNode }) {
  useDocumentTitle(heading);
  return (
    <div className="stack">
      <h1>{heading}</h1>
      {children}
    </div>
  );
}
