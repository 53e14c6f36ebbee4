import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function NotFoundRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="stack">
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.description')}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.backHome')}
        </Link>
      </p>
    </div>
  );
}
