import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isContentType, isRegion, isSector } from '@/lib/taxonomy';
import { useSchool } from '../api/register';
import styles from './isop.module.css';

/** A school's public page: the label with its date, its shared practice examples (guideline 5), its upcoming events. */
export function SchoolPageView({ slug }: { slug: string }) {
  const { t, language } = useI18n();
  const { data: school, error, isPending, refetch } = useSchool(slug);
  useDocumentTitle(school?.name ?? t('isop.registerTitle'));
  if (isPending) return <p role="status">{t('isop.schoolLoading')}</p>;
  if (error || !school) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <article className="stack">
      <h1>{school.name}</h1>
      <p className="lead">
        {school.place}, {isRegion(school.province) ? t(`taxonomy.regions.${school.province}`) : school.province}
        {' · '}
        {isSector(school.sector) ? t(`taxonomy.sectors.${school.sector}`) : school.sector}
      </p>
      <section aria-labelledby="isop-label-title" className={styles.card}>
        <h2 id="isop-label-title">
          <span className={styles.badge}>{t('isop.labelTitle')}</span>
        </h2>
        <p>
          {t('isop.labelAwarded', {
            date: formatDate(language, school.label.awardedAt),
            date2: formatDate(language, school.label.validUntil),
          })}
        </p>
        {school.researchConsent && <p>{t('isop.researchConsent')}</p>}
      </section>
      <section aria-labelledby="isop-practice-title">
        <h2 id="isop-practice-title">{t('isop.practiceTitle')}</h2>
        {school.practice.length === 0 ? (
          <p>{t('isop.practiceNone')}</p>
        ) : (
          <ul className={styles.list}>
            {school.practice.map((item) => (
              <li key={item.id} className={styles.card}>
                <h3>
                  <Link to={`/items/${encodeURIComponent(item.slug)}`}>{item.title}</Link>
                </h3>
                <p className={styles.meta}>{isContentType(item.type) ? t(`taxonomy.types.${item.type}`) : item.type}</p>
                <p>{item.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="isop-events-title">
        <h2 id="isop-events-title">{t('isop.eventsTitle')}</h2>
        {school.events.length === 0 ? (
          <p>{t('isop.eventsNone')}</p>
        ) : (
          <ul className={styles.list}>
            {school.events.map((event) => (
              <li key={event.id} className={styles.card}>
                <Link to={`/bijeenkomsten/${encodeURIComponent(event.id)}`}>{event.title}</Link>
                <p className={styles.meta}>
                  {formatDateTime(language, event.startsAt)}
                  {event.city ? `, ${event.city}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to="/isop">{t('isop.backToRegister')}</Link>
      </p>
    </article>
  );
}
