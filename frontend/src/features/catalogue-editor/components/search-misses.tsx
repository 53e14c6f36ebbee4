import { Link } from 'react-router';
import { QuerySection } from '@/components/ui/query-section';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useSearchMisses } from '../api/get-search-misses';
import styles from './editor.module.css';

/** What people searched for and did not find: the gaps in the catalogue, most asked first. */
export function SearchMisses() {
  const { t, language } = useI18n();
  const query = useSearchMisses();
  const misses = query.data;
  return (
    <QuerySection title="editor.misses.title" intro="editor.misses.intro" loading="editor.misses.loading" query={query}>
      {misses && misses.length === 0 && <p>{t('editor.misses.none')}</p>}
      {misses && misses.length > 0 && (
        <table className={styles.table}>
          <caption>{t('editor.misses.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.misses.query')}</th>
              <th scope="col" className={styles.numeric}>
                {t('editor.misses.count')}
              </th>
              <th scope="col">{t('editor.misses.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {misses.map((miss) => (
              <tr key={miss.query}>
                <th scope="row">
                  <Link to={`/zoeken?${new URLSearchParams({ q: miss.query }).toString()}`}>{miss.query}</Link>
                </th>
                <td className={styles.numeric}>{miss.count}</td>
                <td>{formatDateTime(language, miss.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QuerySection>
  );
}
