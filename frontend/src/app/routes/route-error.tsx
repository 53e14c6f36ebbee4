import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** Shown by the router when rendering a page throws; a plain page so it works even if the layout is what broke. */
export function RouteErrorRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('routeError.title'));
  return (
    <main className="container stack">
      <h1>{t('routeError.title')}</h1>
      <p className="lead">{t('routeError.description')}</p>
      <p>
        <a href="/" className="button">
          {t('notFound.backHome')}
        </a>
      </p>
    </main>
  );
}
