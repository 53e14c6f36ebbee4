import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isRegion, isSector, SECTORS } from '@/lib/taxonomy';
import { useRegister, type RegisterQuery } from '../api/register';
import { ProvinceMap } from './province-map';
import styles from './isop.module.css';

/** The register's state lives in the address, so a search or a province can be shared and goes back and forth. */
function readQuery(search: URLSearchParams): RegisterQuery {
  const province = search.get('province');
  const sector = search.get('sector');
  return {
    q: search.get('q') ?? '',
    province: isRegion(province) ? [province] : [],
    sector: isSector(sector) ? [sector] : [],
  };
}

function address(query: RegisterQuery): string {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  if (query.province[0]) search.set('province', query.province[0]);
  if (query.sector[0]) search.set('sector', query.sector[0]);
  const text = search.toString();
  return text ? `/isop?${text}` : '/isop';
}

/** The public register of ISOP schools: search, filters by province and sector, and the map by province. */
export function RegisterPage() {
  const { t, language } = useI18n();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const query = readQuery(search);
  const { data, error, isPending, refetch } = useRegister(query);

  function go(next: RegisterQuery) {
    setSearch(new URLSearchParams(address(next).split('?')[1] ?? ''));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const sector = String(form.get('sector') ?? '');
    go({ ...query, q: String(form.get('q') ?? '').trim(), sector: sector ? [sector] : [] });
  }

  return (
    <div className={styles.layout}>
      <div className="stack">
        <form role="search" className={styles.filters} onSubmit={submit} aria-label={t('isop.search')}>
          <div>
            <label htmlFor={`${id}-q`}>{t('isop.search')}</label>
            <input id={`${id}-q`} name="q" type="search" defaultValue={query.q} key={query.q} maxLength={200} />
          </div>
          <div>
            <label htmlFor={`${id}-sector`}>{t('isop.sector')}</label>
            <select id={`${id}-sector`} name="sector" defaultValue={query.sector[0] ?? ''} key={query.sector[0] ?? ''}>
              <option value="">{t('isop.any')}</option>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {t(`taxonomy.sectors.${sector}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('isop.searchButton')}
          </button>
        </form>
        {query.province[0] && (
          <p>
            <Link to={address({ ...query, province: [] })}>{t('isop.clearProvince')}</Link>
          </p>
        )}
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {isPending && <p role="status">{t('isop.loading')}</p>}
        {data && (
          <>
            <p role="status" aria-live="polite">
              {t('isop.results', { count: data.total })}
            </p>
            <ul className={styles.list} aria-label={t('isop.registerTitle')}>
              {data.schools.map((school) => (
                <li key={school.slug} className={styles.card}>
                  <h2>
                    <Link to={`/isop/${encodeURIComponent(school.slug)}`}>{school.name}</Link>
                  </h2>
                  <p className={styles.meta}>
                    {school.place}, {isRegion(school.province) ? t(`taxonomy.regions.${school.province}`) : school.province}
                    {' · '}
                    {isSector(school.sector) ? t(`taxonomy.sectors.${school.sector}`) : school.sector}
                  </p>
                  <p className={styles.meta}>
                    <span className={styles.badge}>{t('isop.labelSince', { date: formatDate(language, school.awardedAt) })}</span>{' '}
                    {t('isop.validUntil', { date: formatDate(language, school.validUntil) })}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <ProvinceMap
        counts={data?.provinces ?? {}}
        selected={query.province[0]}
        href={(province) => address({ ...query, province: province ? [province] : [] })}
        onChoose={(province) => go({ ...query, province: province ? [province] : [] })}
      />
    </div>
  );
}
