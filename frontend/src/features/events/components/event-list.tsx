import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { NATIONAL, PARTNERSHIPS, SECTORS } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { feedUrl, useEvents, type EventFilters } from '../api/get-events';
import { EVENT_KINDS, PROVINCES, formatWhen, type PortalEvent } from '../api/types';
import styles from './events.module.css';

/** Upcoming events with filters, and a calendar feed for the same filters. */
export function EventList() {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<EventFilters>({});
  const [filters, setFilters] = useState<EventFilters>({});
  const events = useEvents(filters);

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }

  const set = (key: keyof EventFilters) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  return (
    <div className="stack">
      <form className={styles.filters} onSubmit={apply} aria-label={t('events.filters')}>
        <div className={styles.field}>
          <label htmlFor="events-q">{t('events.search')}</label>
          <input id="events-q" type="search" value={draft.q ?? ''} onChange={(e) => set('q')(e.target.value)} />
        </div>
        <Select id="events-region" label={t('events.region')} value={draft.region} onChange={set('region')}
          options={PROVINCES.map((code) => [code, taxonomyLabel(t, 'region', code)])} />
        <Select id="events-kind" label={t('events.kind')} value={draft.kind} onChange={set('kind')}
          options={EVENT_KINDS.map((code) => [code, t(`events.kinds.${code}`)])} />
        <Select id="events-partnership" label={t('events.partnership')} value={draft.partnership}
          onChange={set('partnership')}
          options={PARTNERSHIPS.map((code) => [code, t(`taxonomy.partnerships.${code}.name`)])} />
        <Select id="events-sector" label={t('events.sector')} value={draft.sector} onChange={set('sector')}
          options={SECTORS.map((code) => [code, t(`taxonomy.sectors.${code}`)])} />
        <div className={styles.field}>
          <label htmlFor="events-from">{t('events.from')}</label>
          <input id="events-from" type="date" value={draft.from ?? ''} onChange={(e) => set('from')(e.target.value)} />
        </div>
        <div className={styles.field}>
          <label htmlFor="events-to">{t('events.to')}</label>
          <input id="events-to" type="date" value={draft.to ?? ''} onChange={(e) => set('to')(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('events.apply')}
        </button>
      </form>
      <p>
        <a href={feedUrl(filters)}>{t('events.subscribe')}</a>
      </p>
      {events.isError && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && (
        <>
          <p aria-live="polite">{t('events.results', { count: events.data.total })}</p>
          {events.data.events.length === 0 ? (
            <p>{t('events.none')}</p>
          ) : (
            <ul className={styles.list}>
              {events.data.events.map((event) => (
                <li key={event.id} className={styles.card}>
                  <h2>
                    <Link to={`/bijeenkomsten/${event.id}`}>{event.title}</Link>
                  </h2>
                  <p className={styles.meta}>
                    {formatWhen(event.startsAt, language)} · {t(`events.kinds.${event.kind}`)} · {place(event, t)}
                  </p>
                  <p>
                    <SeatsBadge event={event} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

export function place(event: PortalEvent, t: Translate): string {
  const where = event.venue?.city ?? event.venue?.name ?? (event.onlineUrl ? t('events.online') : '');
  const region = event.scope === NATIONAL ? taxonomyLabel(t, 'region', NATIONAL) : event.province ? taxonomyLabel(t, 'region', event.province) : '';
  return [where, region].filter(Boolean).join(', ');
}

export function SeatsBadge({ event }: { event: PortalEvent }) {
  const { t } = useI18n();
  if (event.seatsLeft === undefined || event.seatsLeft === null) {
    return <span className={styles.badge}>{t('events.unlimited')}</span>;
  }
  return (
    <span className={styles.badge}>
      {event.seatsLeft > 0 ? t('events.seatsLeft', { count: event.seatsLeft }) : t('events.full')}
    </span>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  options: [string, string][];
}

function Select({ id, label, value, onChange, options }: SelectProps) {
  const { t } = useI18n();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('events.any')}</option>
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
