import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { FieldErrorMessage, useFieldError } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { useFieldIds, useFormLayer } from '@/components/form/form-context';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { z } from '@/lib/zod';
import { useLinked, useSaveLinks } from '../api/dossiers';
import type { Linked, LinkOption, LinksInput, LinkSources } from '../api/types';
import formStyles from '@/components/form/form.module.css';
import styles from './isop.module.css';

/** As many of each as the server takes (`LinksInput`). */
export const MAX_LINKS = 20;

const option = z.object({ id: z.string(), title: z.string(), detail: z.string().optional() });

/** The chosen items and events; what is sent is their slugs and ids. */
export const linksSchema = z
  .object({
    items: z.array(option).max(MAX_LINKS, 'problems.fields.fallback'),
    events: z.array(option).max(MAX_LINKS, 'problems.fields.fallback'),
  })
  .transform((values): LinksInput => ({ items: values.items.map((item) => item.id), events: values.events.map((event) => event.id) }));

type LinksValues = z.input<typeof linksSchema>;

/**
 * The school chooses what its public page shows (guideline 5): practice examples from the catalogue and upcoming
 * events, each found by a search and added to a list.
 */
export function LinksForm({ dossierId, sources }: { dossierId: string; sources: LinkSources }) {
  const { t } = useI18n();
  const { data, error, refetch } = useLinked(dossierId);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <p role="status">{t('isop.links.loading')}</p>;
  return <LoadedLinksForm dossierId={dossierId} sources={sources} linked={data} />;
}

function LoadedLinksForm({ dossierId, sources, linked }: { dossierId: string; sources: LinkSources; linked: Linked }) {
  const { t, language } = useI18n();
  const save = useSaveLinks(dossierId);
  const form = usePortalForm(linksSchema, {
    defaultValues: {
      items: linked.items.map((item) => ({ id: item.slug, title: item.title })),
      events: linked.events.map((event) => ({
        id: event.id,
        title: event.title,
        detail: [formatDateTime(language, event.startsAt), event.city].filter(Boolean).join(', '),
      })),
    },
    serverError: save.error,
  });
  const chosen = form.watch();
  const labelOf = (name: string) => {
    const [list, index] = name.split('.') as ['items' | 'events', string | undefined];
    const title = index === undefined ? undefined : chosen[list]?.[Number(index)]?.title;
    return title ?? (list === 'items' ? t('isop.links.itemsLegend') : list === 'events' ? t('isop.links.eventsLegend') : undefined);
  };
  return (
    <Form
      form={form}
      onSubmit={(input) => save.mutate(input)}
      busy={save.isPending}
      summaryTitle={t('isop.links.notSaved')}
      labelOf={labelOf}
      onChange={() => save.reset()}
    >
      {save.error && !showsInForm(save.error) && <ErrorAlert error={save.error} />}
      <PickList
        name="items"
        legend={t('isop.links.itemsLegend')}
        hint={t('isop.links.itemsHint')}
        searchLabel={t('isop.links.searchItems')}
        emptyText={t('isop.links.noItems')}
        search={sources.items}
        onPicked={() => save.reset()}
      />
      <PickList
        name="events"
        legend={t('isop.links.eventsLegend')}
        hint={t('isop.links.eventsHint')}
        searchLabel={t('isop.links.searchEvents')}
        emptyText={t('isop.links.noEvents')}
        search={sources.events}
        onPicked={() => save.reset()}
      />
      <p role="status">{save.isSuccess ? t('isop.links.saved') : ''}</p>
      <FormActions>
        <SubmitButton label={t('isop.links.save')} busy={save.isPending} />
      </FormActions>
    </Form>
  );
}

interface PickListProps {
  name: 'items' | 'events';
  legend: string;
  hint: string;
  searchLabel: string;
  emptyText: string;
  search: (q: string, signal?: AbortSignal) => Promise<LinkOption[]>;
  onPicked: () => void;
}

/**
 * A list to pick into: a search box whose results each have an "add" button, and the chosen ones each with "remove".
 * Enter in the box searches (it does not send the form); after removing, the focus goes back to the box, so the
 * keyboard never falls to the top of the page.
 */
function PickList({ name, legend, hint, searchLabel, emptyText, search, onPicked }: PickListProps) {
  const { t } = useI18n();
  const id = useId();
  // The search box stands for the list in the error summary; each chosen entry's remove button for that entry.
  const { id: boxId, errorId } = useFieldIds(name, legend);
  const { fieldId } = useFormLayer();
  const { control } = useFormContext<LinksValues>();
  const { field } = useController({ control, name });
  const picked: LinkOption[] = field.value ?? [];
  const error = useFieldError(name);
  const box = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const results = useQuery({
    queryKey: ['isop', 'pick', name, query],
    queryFn: ({ signal }) => search(query, signal),
    enabled: query !== '',
  });
  const full = picked.length >= MAX_LINKS;

  function runSearch() {
    setQuery(typed.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      runSearch();
    }
  }

  function add(option: LinkOption) {
    if (full || picked.some((p) => p.id === option.id)) return;
    field.onChange([...picked, option]);
    setAnnouncement(t('isop.links.added', { title: option.title }));
    onPicked();
  }

  function remove(option: LinkOption) {
    field.onChange(picked.filter((p) => p.id !== option.id));
    setAnnouncement(t('isop.links.removed', { title: option.title }));
    onPicked();
    box.current?.focus();
  }

  return (
    <fieldset className={formStyles.group} aria-describedby={`${id}-hint`}>
      <legend className={formStyles.label}>{legend}</legend>
      <p id={`${id}-hint`} className={formStyles.hint}>
        {hint}
      </p>
      {error && <FieldErrorMessage id={errorId} message={error} />}
      <h3 id={`${id}-chosen`}>{t('isop.links.chosen')}</h3>
      {picked.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={`${id}-chosen`}>
          {picked.map((option, index) => (
            <li key={option.id} className={styles.card}>
              <strong>{option.title}</strong>
              {option.detail && <span className={styles.meta}> · {option.detail}</span>}
              <PickedError name={`${name}.${index}`} />{' '}
              <button id={fieldId(`${name}.${index}`)} type="button" className="button button-secondary" onClick={() => remove(option)}>
                {t('isop.links.remove', { title: option.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={formStyles.field}>
        <label htmlFor={boxId} className={formStyles.label}>
          {searchLabel}
        </label>
        <input
          ref={box}
          id={boxId}
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p>
        <button type="button" className="button button-secondary" onClick={runSearch}>
          {t('isop.links.search')}
        </button>
      </p>
      <p role="status">
        {announcement}
        {announcement && query !== '' && results.data ? ' ' : ''}
        {query !== '' && results.data ? t('isop.links.results', { count: results.data.length }) : ''}
        {query !== '' && results.isFetching ? t('isop.links.searching') : ''}
      </p>
      {results.error && <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />}
      {query !== '' && results.data && results.data.length > 0 && (
        <ul className={styles.list} aria-label={t('isop.links.resultsFor', { query })}>
          {results.data.map((option) => {
            const already = picked.some((p) => p.id === option.id);
            return (
              <li key={option.id} className={styles.card}>
                <strong>{option.title}</strong>
                {option.detail && <span className={styles.meta}> · {option.detail}</span>}{' '}
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={already || full || undefined}
                  onClick={() => add(option)}
                >
                  {already ? t('isop.links.alreadyChosen', { title: option.title }) : t('isop.links.add', { title: option.title })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

/** A server error about one chosen entry (`items[1]`: no longer published), beside that entry. */
function PickedError({ name }: { name: string }) {
  const error = useFieldError(name);
  const id = useId();
  return error ? <FieldErrorMessage id={id} message={error} /> : null;
}
