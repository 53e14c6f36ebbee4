import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { PAGE_SIZE } from '../api/requests';
import type { SearchState } from '../api/search-items';
import { searchHref } from '../search-state';
import styles from './pagination.module.css';

/** Pages with numbers; beyond these, "next" follows the search's cursor (which has no page numbers to jump to). */
export const NUMBERED_PAGES = 10;

interface PaginationProps {
  state: SearchState;
  total: number;
  nextCursor: string | null;
}

export function Pagination({ state, total, nextCursor }: PaginationProps) {
  const { t } = useI18n();
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const numbered = Math.min(pages, NUMBERED_PAGES);
  const hasNext = state.page < pages;

  function pageHref(page: number): string {
    const next = { ...state, page };
    delete next.cursor;
    return searchHref(next);
  }

  // Numbered pages are fetched by number; the first page after them (and every one after that) by cursor.
  let nextHref: string | undefined;
  if (hasNext && state.page < numbered && !state.cursor) nextHref = pageHref(state.page + 1);
  else if (hasNext && nextCursor) nextHref = searchHref({ ...state, page: state.page + 1, cursor: nextCursor });

  return (
    <nav aria-label={t('search.pagination')} className={styles.pagination}>
      <ul className={styles.list}>
        {state.page > 1 && state.page <= numbered && (
          <li>
            <Link to={pageHref(state.page - 1)} className={styles.step}>
              {t('search.previousPage')}
            </Link>
          </li>
        )}
        {Array.from({ length: numbered }, (_, index) => index + 1).map((page) => (
          <li key={page}>
            <Link
              to={pageHref(page)}
              className={styles.page}
              aria-label={t('search.pageLabel', { page })}
              {...(page === state.page && { 'aria-current': 'page' as const })}
            >
              {page}
            </Link>
          </li>
        ))}
        {state.page > numbered && (
          <li>
            <span className={styles.current} aria-current="page">
              {t('search.pageLabel', { page: state.page })}
            </span>
          </li>
        )}
        {nextHref && (
          <li>
            <Link to={nextHref} className={styles.step}>
              {state.page >= numbered ? t('search.morePages') : t('search.nextPage')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
