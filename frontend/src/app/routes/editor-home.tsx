import { Link, useLocation } from 'react-router';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import styles from './editor-home.module.css';

/** What the edit page leaves in the location state after deleting an item. */
export interface EditorHomeState {
  deleted?: string;
}

export function EditorHomeRoute() {
  const { t } = useI18n();
  const deleted = (useLocation().state as EditorHomeState | null)?.deleted;
  useDocumentTitle(t('editor.home.title'));
  return (
    <div className="stack">
      <h1>{t('editor.home.title')}</h1>
      {deleted && (
        <p role="status" className={styles.notice}>
          {t('editor.deleted', { title: deleted })}
        </p>
      )}
      <RequireUser requiredRole="EDITOR">
        {() => (
          <>
            <p className="lead">{t('editor.home.intro')}</p>
            <ul className={styles.tools}>
              <li>
                <Link to="/redactie/items/nieuw">{t('editor.newTitle')}</Link>
                <p>{t('editor.home.newText')}</p>
              </li>
              <li>
                <Link to="/redactie/artikelen">{t('articles.review.home')}</Link>
                <p>{t('articles.review.homeText')}</p>
              </li>
              <li>
                <Link to="/redactie/bijdragen">{t('contributions.review.home')}</Link>
                <p>{t('contributions.review.homeText')}</p>
              </li>
              <li>
                <Link to="/redactie/moderatie">{t('reactions.moderation.title')}</Link>
                <p>{t('reactions.moderation.homeText')}</p>
              </li>
              <li>
                <Link to="/redactie/import">{t('editor.import.title')}</Link>
                <p>{t('editor.home.importText')}</p>
              </li>
              <li>
                <Link to="/redactie/zoekwoorden">{t('editor.searchWords.title')}</Link>
                <p>{t('editor.home.searchWordsText')}</p>
              </li>
              <li>
                <Link to="/zoeken">{t('editor.home.findItem')}</Link>
                <p>{t('editor.home.findItemText')}</p>
              </li>
            </ul>
          </>
        )}
      </RequireUser>
    </div>
  );
}
