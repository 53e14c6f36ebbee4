import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ASPECTS, isSector, PARTNERSHIPS, SECTORS } from '@/lib/taxonomy';
import { cellQuestion, questionLanguage, taxonomyLabel } from '@/lib/taxonomy-labels';
import { useModel, type ModelCell } from '../api/get-model';
import { searchHref } from '../search-state';
import styles from './model-navigator.module.css';

/**
 * The 5x6 model as a table: aspects down, partnerships across, each cell its question and how many items answer it,
 * one click away from those items. Table semantics let screen readers name the row and column of every cell.
 */
export function ModelNavigator() {
  const { t, language } = useI18n();
  const id = useId();
  const [sector, setSector] = useState<string>('');
  const { data, error, isPending, isFetching, refetch } = useModel(sector || undefined);

  // Caption, counts and links all describe the counts on screen: while another sector loads, the previous one's.
  const shownSector = data?.sector ?? '';
  const cells = new Map<string, ModelCell>((data?.cells ?? []).map((cell) => [`${cell.partnership}/${cell.aspect}`, cell]));
  const captionId = `${id}-caption`;

  function cellHref(partnership: string, aspect: string): string {
    const facets = { type: [], partnership: [partnership], aspect: [aspect], sector: shownSector ? [shownSector] : [], region: [] };
    return searchHref({ facets });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h2 id={`${id}-title`}>{t('model.title')}</h2>
      <p className="lead">{t('model.intro')}</p>
      <div className={styles.controls}>
        <label htmlFor={`${id}-sector`}>{t('model.sectorLabel')}</label>
        <select id={`${id}-sector`} className={styles.select} value={sector} onChange={(event) => setSector(event.target.value)}>
          <option value="">{t('model.allSectors')}</option>
          {SECTORS.map((code) => (
            <option key={code} value={code}>
              {t(`taxonomy.sectors.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && !error && <p role="status">{t('model.loading')}</p>}
      {data && <p className={styles.scrollHint}>{t('model.scrollHint')}</p>}
      {data && (
        // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className={styles.table} aria-busy={isFetching}>
            <caption id={captionId} className={styles.caption}>
              {isSector(shownSector)
                ? t('model.captionSector', { sector: t(`taxonomy.sectors.${shownSector}`) })
                : t('model.caption')}
            </caption>
            <thead>
              <tr>
                <td className={styles.corner} />
                {PARTNERSHIPS.map((partnership) => (
                  <th key={partnership} scope="col">
                    {taxonomyLabel(t, 'partnership', partnership)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ASPECTS.map((aspect) => (
                <tr key={aspect}>
                  <th scope="row">{taxonomyLabel(t, 'aspect', aspect)}</th>
                  {PARTNERSHIPS.map((partnership) => {
                    const cell = cells.get(`${partnership}/${aspect}`);
                    const count = cell?.count ?? 0;
                    return (
                      <td key={partnership}>
                        <Link to={cellHref(partnership, aspect)} className={styles.cellLink}>
                          <span lang={cell ? questionLanguage(cell, language) : language} className={styles.question}>
                            {cell ? cellQuestion(cell, language) : ''}
                          </span>
                          <span className={count === 0 ? `${styles.count} ${styles.empty}` : styles.count}>
                            {t('model.count', { count })}
                          </span>
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
