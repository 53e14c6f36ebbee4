import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { MessageKey } from '@/lib/i18n/i18n';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ProblemError } from '@/lib/problem-details';
import { fieldErrorText } from '@/lib/problem-messages';
import { ASPECTS, PARTNERSHIPS, SECTORS } from '@/lib/taxonomy';
import { useSaveEvent } from '../api/organiser-events';
import { EVENT_KINDS, PROVINCES, toLocalInput, type EventRequest, type PortalEvent, type Question } from '../api/types';
import styles from './events.module.css';

function initial(event?: PortalEvent): EventRequest {
  if (!event) {
    return { title: '', description: '', kind: 'INSPIRATION', scope: 'NATIONAL', startsAt: '', endsAt: '',
      partnerships: [], aspects: [], sectors: [], questions: [], venue: { name: '', address: '', city: '' } };
  }
  return {
    title: event.title,
    description: event.description ?? '',
    kind: event.kind,
    scope: event.scope,
    ...(event.province && { province: event.province }),
    venue: event.venue ?? { name: '', address: '', city: '' },
    ...(event.onlineUrl && { onlineUrl: event.onlineUrl }),
    startsAt: toLocalInput(event.startsAt),
    endsAt: toLocalInput(event.endsAt),
    ...(event.capacity !== undefined && event.capacity !== null && { capacity: event.capacity }),
    registrationOpensAt: toLocalInput(event.registrationOpensAt),
    registrationClosesAt: toLocalInput(event.registrationClosesAt),
    partnerships: event.partnerships,
    aspects: event.aspects,
    sectors: event.sectors,
    questions: event.questions,
  };
}

/** The form's label for each field the backend may name, so the error summary speaks the form's language. */
const LABELS: Record<string, MessageKey> = {
  title: 'events.form.title',
  description: 'events.form.description',
  kind: 'events.kind',
  scope: 'events.form.scope',
  province: 'events.region',
  venue: 'events.form.venueName',
  'venue.name': 'events.form.venueName',
  'venue.address': 'events.form.venueAddress',
  'venue.city': 'events.form.venueCity',
  onlineUrl: 'events.form.onlineUrl',
  startsAt: 'events.form.startsAt',
  endsAt: 'events.form.endsAt',
  capacity: 'events.form.capacity',
  registrationOpensAt: 'events.form.opensAt',
  registrationClosesAt: 'events.form.closesAt',
  partnerships: 'events.partnership',
  aspects: 'events.form.aspects',
  sectors: 'events.sector',
  questions: 'events.form.questions',
};

const QUESTION_FIELD = /^questions\[(\d+)]\.(label|type|options)$/;

function withCapacity(form: EventRequest, value: string): EventRequest {
  const next = { ...form };
  if (value) next.capacity = Number(value);
  else delete next.capacity;
  return next;
}

interface CodeChoiceProps<C extends string> {
  legend: string;
  codes: readonly C[];
  chosen: string[];
  label: (code: C) => string;
  onChange: (chosen: string[]) => void;
  error: ReactNode;
}

/** Taxonomy codes (partnerships, aspects, sectors) to tick. */
function CodeChoice<C extends string>({ legend, codes, chosen, label, onChange, error }: CodeChoiceProps<C>) {
  return (
    <fieldset className="stack">
      <legend>{legend}</legend>
      {codes.map((code) => (
        <label key={code}>
          <input type="checkbox" checked={chosen.includes(code)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, code] : chosen.filter((c) => c !== code))} />{' '}
          {label(code)}
        </label>
      ))}
      {error}
    </fieldset>
  );
}

interface EventFormProps {
  /** The event to edit, with the `etag` it was loaded at; absent for a new event. */
  event?: PortalEvent;
  etag?: string;
  onSaved: (saved: PortalEvent) => void;
  /** Loads the event again after someone else saved it meanwhile. */
  onReload?: () => void;
}

/** Create or edit an event; the backend validates and names each field at fault. */
export function EventForm({ event, etag, onSaved, onReload }: EventFormProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<EventRequest>(() => initial(event));
  const save = useSaveEvent(event?.id, etag);
  const problem = save.error instanceof ProblemError ? save.error : undefined;
  const stale = problem?.status === 412;
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const request: EventRequest = {
      ...form,
      ...(form.province ? {} : { province: undefined }),
      onlineUrl: form.onlineUrl?.trim() || undefined,
      registrationOpensAt: form.registrationOpensAt || undefined,
      registrationClosesAt: form.registrationClosesAt || undefined,
    } as EventRequest;
    save.mutate(request, { onSuccess: ({ event: saved }) => onSaved(saved) });
  }

  const field = (name: string) =>
    problem?.errorFor(name) ? { 'aria-invalid': true as const, 'aria-describedby': `error-${name}` } : {};
  const error = (name: string) => {
    const found = problem?.errorFor(name);
    return found ? <span id={`error-${name}`} className="field-error">{fieldErrorText(t, found)}</span> : null;
  };
  const fieldLabel = (name: string): string | undefined => {
    const question = QUESTION_FIELD.exec(name);
    if (question) {
      const params = { number: Number(question[1]) + 1 };
      if (question[2] === 'options') return t('events.form.questionOptions', params);
      return t(question[2] === 'type' ? 'events.form.questionType' : 'events.form.questionLabel', params);
    }
    const key = LABELS[name.replace(/\[\d+]$/, '')];
    return key && t(key);
  };
  const setQuestion = (index: number, change: Partial<Question>) =>
    setForm({ ...form, questions: form.questions.map((q, i) => (i === index ? { ...q, ...change } : q)) });

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {stale ? (
        <div ref={staleRef} className={styles.panel} role="alert" tabIndex={-1}>
          <p><strong>{t('events.form.staleTitle')}</strong></p>
          <p>{t('events.form.staleText')}</p>
          {onReload && (
            <button type="button" className="button button-secondary" onClick={onReload}>
              {t('events.form.reload')}
            </button>
          )}
        </div>
      ) : (
        save.isError && <ErrorAlert error={save.error} fieldLabel={fieldLabel} />
      )}
      <div className={styles.field}>
        <label htmlFor="ev-title">{t('events.form.title')}</label>
        <input id="ev-title" required value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} {...field('title')} />
        {error('title')}
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-description">{t('events.form.description')}</label>
        <textarea id="ev-description" rows={5} value={form.description ?? ''}
          onChange={(e) => setForm({ ...form, description: e.target.value })} />
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-kind">{t('events.kind')}</label>
        <select id="ev-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as EventRequest['kind'] })}>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>{t(`events.kinds.${kind}`)}</option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-scope">{t('events.form.scope')}</label>
        <select id="ev-scope" value={form.scope} onChange={(e) => setForm({ ...form, scope: e.target.value as EventRequest['scope'] })}>
          <option value="NATIONAL">{t('taxonomy.national')}</option>
          <option value="REGIONAL">{t('events.region')}</option>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-province">{t('events.region')}</label>
        <select id="ev-province" value={form.province ?? ''} onChange={(e) => setForm({ ...form, province: e.target.value })} {...field('province')}>
          <option value="">{t('events.any')}</option>
          {PROVINCES.map((code) => (
            <option key={code} value={code}>{t(`taxonomy.regions.${code}`)}</option>
          ))}
        </select>
        {error('province')}
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-venue">{t('events.form.venueName')}</label>
        <input id="ev-venue" value={form.venue?.name ?? ''} onChange={(e) => setForm({ ...form, venue: { ...form.venue, name: e.target.value } })} {...field('venue')} />
        {error('venue')}
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-address">{t('events.form.venueAddress')}</label>
        <input id="ev-address" value={form.venue?.address ?? ''} onChange={(e) => setForm({ ...form, venue: { ...form.venue, address: e.target.value } })} />
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-city">{t('events.form.venueCity')}</label>
        <input id="ev-city" value={form.venue?.city ?? ''} onChange={(e) => setForm({ ...form, venue: { ...form.venue, city: e.target.value } })} />
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-online">{t('events.form.onlineUrl')}</label>
        <input id="ev-online" type="url" value={form.onlineUrl ?? ''} onChange={(e) => setForm({ ...form, onlineUrl: e.target.value })} {...field('onlineUrl')} />
        {error('onlineUrl')}
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-starts">{t('events.form.startsAt')}</label>
        <input id="ev-starts" type="datetime-local" required value={form.startsAt} onChange={(e) => setForm({ ...form, startsAt: e.target.value })} {...field('startsAt')} />
        {error('startsAt')}
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-ends">{t('events.form.endsAt')}</label>
        <input id="ev-ends" type="datetime-local" required value={form.endsAt} onChange={(e) => setForm({ ...form, endsAt: e.target.value })} {...field('endsAt')} />
        {error('endsAt')}
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-capacity">{t('events.form.capacity')}</label>
        <input id="ev-capacity" type="number" min={1} value={form.capacity ?? ''}
          onChange={(e) => setForm(withCapacity(form, e.target.value))}
          {...field('capacity')} />
        {error('capacity')}
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-opens">{t('events.form.opensAt')}</label>
        <input id="ev-opens" type="datetime-local" value={form.registrationOpensAt ?? ''} onChange={(e) => setForm({ ...form, registrationOpensAt: e.target.value })} />
      </div>
      <div className={styles.field}>
        <label htmlFor="ev-closes">{t('events.form.closesAt')}</label>
        <input id="ev-closes" type="datetime-local" value={form.registrationClosesAt ?? ''} onChange={(e) => setForm({ ...form, registrationClosesAt: e.target.value })} {...field('registrationClosesAt')} />
        {error('registrationClosesAt')}
      </div>
      <CodeChoice legend={t('events.partnership')} codes={PARTNERSHIPS} chosen={form.partnerships}
        label={(code) => t(`taxonomy.partnerships.${code}.name`)}
        onChange={(partnerships) => setForm({ ...form, partnerships })} error={error('partnerships')} />
      <CodeChoice legend={t('events.form.aspects')} codes={ASPECTS} chosen={form.aspects}
        label={(code) => t(`taxonomy.aspects.${code}`)}
        onChange={(aspects) => setForm({ ...form, aspects })} error={error('aspects')} />
      <CodeChoice legend={t('events.sector')} codes={SECTORS} chosen={form.sectors}
        label={(code) => t(`taxonomy.sectors.${code}`)}
        onChange={(sectors) => setForm({ ...form, sectors })} error={error('sectors')} />
      <fieldset className="stack">
        <legend>{t('events.form.questions')}</legend>
        {form.questions.map((question, index) => (
          <div key={index} className={styles.card}>
            <div className={styles.field}>
              <label htmlFor={`q-label-${index}`}>{t('events.form.questionLabel', { number: index + 1 })}</label>
              <input id={`q-label-${index}`} value={question.label} onChange={(e) => setQuestion(index, { label: e.target.value })} />
            </div>
            <div className={styles.field}>
              <label htmlFor={`q-type-${index}`}>{t('events.form.questionType', { number: index + 1 })}</label>
              <select id={`q-type-${index}`} value={question.type} onChange={(e) => setQuestion(index, { type: e.target.value as Question['type'] })}>
                <option value="TEXT">{t('events.form.text')}</option>
                <option value="CHOICE">{t('events.form.choice')}</option>
              </select>
            </div>
            {question.type === 'CHOICE' && (
              <div className={styles.field}>
                <label htmlFor={`q-options-${index}`}>{t('events.form.questionOptions', { number: index + 1 })}</label>
                <input id={`q-options-${index}`} value={(question.options ?? []).join(', ')}
                  onChange={(e) => setQuestion(index, { options: e.target.value.split(',').map((o) => o.trim()).filter(Boolean) })} />
              </div>
            )}
            <label>
              <input type="checkbox" checked={question.required} onChange={(e) => setQuestion(index, { required: e.target.checked })} />{' '}
              {t('events.form.questionRequired', { number: index + 1 })}
            </label>
          </div>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setForm({ ...form, questions: [...form.questions, { label: '', type: 'TEXT', required: false, options: [] }] })}>
          {t('events.form.addQuestion')}
        </button>
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('events.form.save')}
      </button>
    </form>
  );
}
