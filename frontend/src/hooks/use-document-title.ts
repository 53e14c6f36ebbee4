import { useEffect } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** Sets the browser tab title to "<page> | <portal>", which screen readers announce after navigation. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useI18n();
  const portal = t('app.name');
  useEffect(() => {
    document.title = pageTitle === portal ? portal : `${pageTitle} | ${portal}`;
  }, [pageTitle, portal]);
}
