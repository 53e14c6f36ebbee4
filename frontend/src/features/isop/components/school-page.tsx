import type { ReactNode } from 'react';
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
      <CardSection id="isop-practice-title" title={t('isop.practiceTitle')} none={t('isop.practiceNone')} cards={school.practice}>
        {(item) => (
          <>
            <h3>
              <Link to={`/items/${encodeURIComponent(item.slug)}`}>{item.title}</Link>
            </h3>
            <p className={styles.meta}>{isContentType(item.type) ? t(`taxonomy.types.${item.type}`) : item.type}</p>
            <p>{item.summary}</p>
          </>
        )}
      </CardSection>
      <CardSection id="isop-events-title" title={t('isop.eventsTitle')} none={t('isop.eventsNone')} cards={school.events}>
        {(event) => (
          <>
            <Link to={`/bijeenkomsten/${encodeURIComponent(event.id)}`}>{event.title}</Link>
            <p className={styles.meta}>
              {formatDateTime(language, event.startsAt)}
              {event.city ? `, ${event.city}` : ''}
            </p>
          </>
        )}
      </CardSection>
      <p>
        <Link to="/isop">{t('isop.backToRegister')}</Link>
      </p>
    </article>
  );
}

interface CardSectionProps<Card extends { id: string }> {
  id: string;
  title: string;
  /** Said when there are no cards. */
  none: string;
  cards: Card[];
  children: (card: Card) => ReactNode;
}

/** A section of the school's page: its heading, then what the school shares as cards, or a line saying there is none. */
function CardSection<Card extends { id: string }>({ id, title, none, cards, children }: CardSectionProps<Card>) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {cards.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className={styles.list}>
          {cards.map((card) => (
            <li key={card.id} className={styles.card}>
              {children(card)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
