import { useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { CheckCircleIcon } from '@/components/ui/icons';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ProblemError } from '@/lib/problem-details';
import { fieldErrorText } from '@/lib/problem-messages';
import { isRegion, isSector, REGIONS, SECTORS } from '@/lib/taxonomy';
import type { Profile } from '../api/get-current-user';
import {
  BIO_MAX_LENGTH,
  ORGANISATION_MAX_LENGTH,
  useUpdateProfile,
  type ProfileUpdate,
} from '../api/update-profile';
import styles from './profile-form.module.css';

const FIELDS = ['organisation', 'sector', 'region', 'bio'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;

function initialValues(user: Profile): Values {
  return {
    organisation: user.organisation ?? '',
    sector: isSector(user.sector) ? user.sector : '',
    region: isRegion(user.region) ? user.region : '',
    bio: user.bio ?? '',
  };
}

function toUpdate(values: Values): ProfileUpdate {
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  return {
    organisation: orNull(values.organisation),
    sector: orNull(values.sector),
    region: orNull(values.region),
    bio: orNull(values.bio),
  };
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A label, an optional hint and the backend's message for the field, tied to the control for screen readers. */
function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${styles.field} ${error ? styles.invalid : ''}`}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

/** The part of the profile a person fills in themselves; field errors from the backend appear beside the fields. */
export function ProfileForm({ user }: { user: Profile }) {
  const { t } = useI18n();
  const idPrefix = useId();
  const [values, setValues] = useState<Values>(() => initialValues(user));
  const mutation = useUpdateProfile();
  const controls = useRef<Partial<Record<FieldName, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null>>>(
    {},
  );

  const problem = mutation.error instanceof ProblemError ? mutation.error : undefined;
  const fieldErrors: Partial<Record<FieldName, string>> = Object.fromEntries(
    FIELDS.flatMap((field) => {
      const error = problem?.errorFor(field);
      return error ? [[field, fieldErrorText(t, error)]] : [];
    }),
  );
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const id = (field: FieldName) => `${idPrefix}-${field}`;

  function handleChange(event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) {
    const field = event.target.name as FieldName;
    setValues((current) => ({ ...current, [field]: event.target.value }));
    // An old "saved" would now be untrue; field errors stay until the next attempt.
    if (mutation.isSuccess) mutation.reset();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate(toUpdate(values), {
      onError: (error) => {
        if (!(error instanceof ProblemError)) return;
        const first = FIELDS.find((field) => error.errorFor(field) !== undefined);
        if (first) controls.current[first]?.focus();
      },
    });
  }

  const invalid = (field: FieldName) => (fieldErrors[field] ? true : undefined);

  return (
    <section aria-labelledby="profile-form-title" className="stack">
      <h2 id="profile-form-title">{t('profile.formTitle')}</h2>
      {hasFieldErrors && (
        <p role="alert" className={styles.summary}>
          {t('profile.notSaved')}
        </p>
      )}
      {mutation.error && !hasFieldErrors && <ErrorAlert error={mutation.error} />}
      <form className={styles.form} onSubmit={handleSubmit} noValidate>
        <Field
          id={id('organisation')}
          label={t('profile.organisation')}
          hint={t('profile.organisationHint', { max: ORGANISATION_MAX_LENGTH })}
          error={fieldErrors.organisation}
        >
          {(describedBy) => (
            <input
              ref={(element) => {
                controls.current.organisation = element;
              }}
              id={id('organisation')}
              name="organisation"
              type="text"
              autoComplete="organization"
              maxLength={ORGANISATION_MAX_LENGTH}
              value={values.organisation}
              onChange={handleChange}
              aria-describedby={describedBy}
              aria-invalid={invalid('organisation')}
            />
          )}
        </Field>
        <Field id={id('sector')} label={t('profile.sector')} error={fieldErrors.sector}>
          {(describedBy) => (
            <select
              ref={(element) => {
                controls.current.sector = element;
              }}
              id={id('sector')}
              name="sector"
              value={values.sector}
              onChange={handleChange}
              aria-describedby={describedBy}
              aria-invalid={invalid('sector')}
            >
              <option value="">{t('profile.noChoice')}</option>
              {SECTORS.map((code) => (
                <option key={code} value={code}>
                  {t(`taxonomy.sectors.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('region')} label={t('profile.region')} error={fieldErrors.region}>
          {(describedBy) => (
            <select
              ref={(element) => {
                controls.current.region = element;
              }}
              id={id('region')}
              name="region"
              value={values.region}
              onChange={handleChange}
              aria-describedby={describedBy}
              aria-invalid={invalid('region')}
            >
              <option value="">{t('profile.noChoice')}</option>
              {REGIONS.map((code) => (
                <option key={code} value={code}>
                  {t(`taxonomy.regions.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={id('bio')}
          label={t('profile.bio')}
          hint={t('profile.bioHint', { max: BIO_MAX_LENGTH })}
          error={fieldErrors.bio}
        >
          {(describedBy) => (
            <textarea
              ref={(element) => {
                controls.current.bio = element;
              }}
              id={id('bio')}
              name="bio"
              rows={6}
              maxLength={BIO_MAX_LENGTH}
              value={values.bio}
              onChange={handleChange}
              aria-describedby={describedBy}
              aria-invalid={invalid('bio')}
            />
          )}
        </Field>
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={mutation.isPending}>
            {mutation.isPending ? t('profile.saving') : t('profile.save')}
          </button>
          {/* Always present, so screen readers announce the message when it appears. */}
          <p role="status" className={styles.saved}>
            {mutation.isSuccess && (
              <>
                <CheckCircleIcon className={styles.savedIcon} />
                {t('profile.saved')}
              </>
            )}
          </p>
        </div>
      </form>
    </section>
  );
}
