import { Link, useLocation } from 'react-router';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { MessageKey } from '@/lib/i18n/i18n';
import { useI18n } from '@/lib/i18n/i18n-provider';
import styles from './editor-home.module.css';

/** What the edit page leaves in the location state after deleting an item. */
export interface EditorHomeState {
  deleted?: string;
}

/** The editors' tools, each a link with a line on what it is for. */
const TOOLS: { path: string; title: MessageKey; text: MessageKey }[] = [
  { path: '/redactie/items/nieuw', title: 'editor.newTitle', text: 'editor.home.newText' },
  { path: '/redactie/artikelen', title: 'articles.review.home', text: 'articles.review.homeText' },
  { path: '/redactie/bijdragen', title: 'contributions.review.home', text: 'contributions.review.homeText' },
  { path: '/redactie/moderatie', title: 'reactions.moderation.title', text: 'reactions.moderation.homeText' },
  { path: '/redactie/import', title: 'editor.import.title', text: 'editor.home.importText' },
  { path: '/redactie/zoekwoorden', title: 'editor.searchWords.title', text: 'editor.home.searchWordsText' },
  { path: '/zoeken', title: 'editor.home.findItem', text: 'editor.home.findItemText' },
];

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
              {TOOLS.map((tool) => (
                <li key={tool.path}>
                  <Link to={tool.path}>{t(tool.title)}</Link>
                  <p>{t(tool.text)}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </RequireUser>
    </div>
  );
}
