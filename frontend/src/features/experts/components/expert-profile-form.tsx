import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/i18n';
import { ProblemError } from '@/lib/problem-details';
import { fieldErrorText } from '@/lib/problem-messages';
import { ASPECTS, ITEM_REGIONS, PARTNERSHIPS, SECTORS, type Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { useMyExpertProfile, useUpdateMyExpertProfile } from '../api/my-expert-profile';
import type { Expert, ExpertInput } from '../api/types';
import styles from './experts.module.css';

/** The expert edits their public profile (photo link, bio, expertise, region, organisation) and whether it is listed. */
export function ExpertProfileForm() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useMyExpertProfile();
  if (isPending) return <p role="status">{t('experts.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <LoadedForm expert={data} />;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function LoadedForm({ expert }: { expert: Expert }) {
  const { t } = useI18n();
  const id = useId();
  const update = useUpdateMyExpertProfile();
  const [values, setValues] = useState<ExpertInput>({
    photoUrl: expert.photoUrl,
    bio: expert.bio,
    partnerships: expert.partnerships,
    aspects: expert.aspects,
    sectors: expert.sectors,
    region: expert.region,
    organisation: expert.organisation,
    listed: expert.listed,
  });
  const errors = update.error instanceof ProblemError && update.error.status === 400 ? update.error.problem.errors : [];
  const errorOf = (name: string) =>
    errors
      .filter((e) => (e.field ?? '').replace(/\[\d+].*$/, '') === name)
      .map((e) => fieldErrorText(t, e))
      .join('; ') || undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ ...values, photoUrl: orNull(values.photoUrl ?? ''), bio: orNull(values.bio ?? ''), organisation: orNull(values.organisation ?? '') });
  }

  function text(name: 'photoUrl' | 'organisation', label: MessageKey, type = 'text') {
    const error = errorOf(name);
    return (
      <div>
        <label htmlFor={`${id}-${name}`} className={styles.label}>
          {t(label)}
        </label>
        {error && (
          <p id={`${id}-${name}-error`} className={styles.fieldError}>
            {error}
          </p>
        )}
        <input
          id={`${id}-${name}`}
          type={type}
          className={styles.input}
          value={values[name] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
      </div>
    );
  }

  function tags(name: 'partnerships' | 'aspects' | 'sectors', facet: Facet, codes: readonly string[], label: MessageKey) {
    const error = errorOf(name);
    return (
      <fieldset className={styles.group}>
        <legend className={styles.label}>{t(label)}</legend>
        {error && <p className={styles.fieldError}>{error}</p>}
        <ul className={styles.checkboxes}>
          {codes.map((code) => (
            <li key={code}>
              <input
                id={`${id}-${name}-${code}`}
                type="checkbox"
                checked={values[name].includes(code)}
                onChange={() =>
                  setValues({
                    ...values,
                    [name]: values[name].includes(code) ? values[name].filter((c) => c !== code) : [...values[name], code],
                  })
                }
              />
              <label htmlFor={`${id}-${name}-${code}`}>{taxonomyLabel(t, facet, code)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-busy={update.isPending}>
      <p>{t('experts.profileForm.intro')}</p>
      <p role="status">{update.isSuccess ? t('experts.profileForm.saved') : ''}</p>
      {update.error && errors.length === 0 && <ErrorAlert error={update.error} />}
      {text('photoUrl', 'experts.profileForm.photoUrl', 'url')}
      <div>
        <label htmlFor={`${id}-bio`} className={styles.label}>
          {t('experts.profileForm.bio')}
        </label>
        <textarea
          id={`${id}-bio`}
          className={styles.input}
          rows={6}
          value={values.bio ?? ''}
          onChange={(event) => setValues({ ...values, bio: event.target.value })}
        />
      </div>
      {tags('partnerships', 'partnership', PARTNERSHIPS, 'articles.form.partnerships')}
      {tags('aspects', 'aspect', ASPECTS, 'articles.form.aspects')}
      {tags('sectors', 'sector', SECTORS, 'articles.form.sectors')}
      <div>
        <label htmlFor={`${id}-region`} className={styles.label}>
          {t('experts.profileForm.region')}
        </label>
        <select
          id={`${id}-region`}
          className={styles.input}
          value={values.region ?? ''}
          onChange={(event) => setValues({ ...values, region: event.target.value || null })}
        >
          <option value="">{t('experts.profileForm.noRegion')}</option>
          {ITEM_REGIONS.map((code) => (
            <option key={code} value={code}>
              {taxonomyLabel(t, 'region', code)}
            </option>
          ))}
        </select>
      </div>
      {text('organisation', 'experts.profileForm.organisation')}
      <div>
        <input
          id={`${id}-listed`}
          type="checkbox"
          checked={values.listed}
          aria-describedby={`${id}-listed-hint`}
          onChange={(event) => setValues({ ...values, listed: event.target.checked })}
        />{' '}
        <label htmlFor={`${id}-listed`}>{t('experts.profileForm.listed')}</label>
        <p id={`${id}-listed-hint`}>{t('experts.profileForm.listedHint')}</p>
      </div>
      <button type="submit" className="button" aria-disabled={update.isPending}>
        {t('experts.profileForm.save')}
      </button>
    </form>
  );
}
