import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <Page title="notFound.title" lead="notFound.description">
      <p>
        <Link to="/" className="button">
          {t('notFound.backHome')}
        </Link>
      </p>
    </Page>
  );
}
