import { useRef, useState, useId, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { InputField, SelectField, TextAreaField } from '@/components/form/field';
import { FileInput } from '@/components/form/file-input';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm, type PortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { z } from '@/lib/zod';
import {
  useAddEvidence,
  useAssessors,
  useAssign,
  useDecide,
  usePlanVisit,
  useRecordFinding,
  useUploadEvidence,
} from '../api/dossiers';
import {
  EVIDENCE_KINDS,
  type AssignInput,
  type Decision,
  type EvidenceInput,
  type FindingInput,
  type Guideline,
  type VisitInput,
} from '../api/types';

const required = z.string().trim().min(1, 'problems.fields.required');
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

interface DossierFormProps<Input extends FieldValues, Output> {
  form: PortalForm<Input, Output>;
  /** The change the form sends: busy while pending, its error beside the fields or above them, taken back on typing. */
  change: { isPending: boolean; isSuccess: boolean; error: Error | null; reset: () => void };
  onSubmit: (values: Output) => void;
  /** What the status line says once the change is made; no status line without it. */
  done?: string;
  submitLabel: string;
  children: ReactNode;
}

/** The frame every form on a dossier shares: the change's error and status above the fields, one button below. */
function DossierForm<Input extends FieldValues, Output>({
  form,
  change,
  onSubmit,
  done,
  submitLabel,
  children,
}: DossierFormProps<Input, Output>) {
  const { t } = useI18n();
  return (
    <Form
      form={form}
      onSubmit={onSubmit}
      busy={change.isPending}
      summaryTitle={t('problems.types.validation.title')}
      onChange={() => change.reset()}
    >
      {change.error && !showsInForm(change.error) && <ErrorAlert error={change.error} />}
      {done !== undefined && <p role="status">{change.isSuccess ? done : ''}</p>}
      {children}
      <FormActions>
        <SubmitButton label={submitLabel} busy={change.isPending} />
      </FormActions>
    </Form>
  );
}

/** Evidence as typed: a link needs its address, notes their text (the server checks the same). */
export const evidenceSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    title: required.max(200, 'problems.fields.fallback'),
    url: z.string(),
    text: z.string().max(10_000, 'problems.fields.fallback'),
  })
  .superRefine((values, context) => {
    if (values.kind === 'LINK' && values.url.trim() === '') {
      context.addIssue({ code: 'custom', path: ['url'], message: 'problems.fields.required' });
    }
    if (values.kind !== 'LINK' && values.text.trim() === '') {
      context.addIssue({ code: 'custom', path: ['text'], message: 'problems.fields.required' });
    }
  })
  .transform((values): EvidenceInput => ({ ...values, title: values.title.trim(), url: orNull(values.url), text: orNull(values.text) }));

export function EvidenceForm({ dossierId, guideline, kinds = EVIDENCE_KINDS }: { dossierId: string; guideline: Guideline; kinds?: readonly (typeof EVIDENCE_KINDS)[number][] }) {
  const { t } = useI18n();
  const add = useAddEvidence(dossierId);
  const form = usePortalForm(evidenceSchema, {
    defaultValues: { kind: kinds[0] ?? 'LINK', title: '', url: '', text: '' },
    serverError: add.error,
  });
  return (
    <DossierForm
      form={form}
      change={add}
      onSubmit={(input) => add.mutate({ guideline, input }, { onSuccess: () => form.reset() })}
      done={t('isop.dossier.added')}
      submitLabel={t('isop.dossier.add')}
    >
      <SelectField
        name="kind"
        label={t('isop.dossier.kind')}
        options={kinds.map((kind) => ({ value: kind, label: t(`isop.kinds.${kind}`) }))}
      />
      <InputField name="title" label={t('isop.dossier.title')} required />
      <InputField name="url" label={t('isop.dossier.url')} type="url" />
      <TextAreaField name="text" label={t('isop.dossier.text')} rows={4} />
    </DossierForm>
  );
}

/** One document at a time into a section; a refused file says why, by the field's label. */
export function EvidenceUpload({ dossierId, guideline }: { dossierId: string; guideline: Guideline }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadEvidence(dossierId);
  const [status, setStatus] = useState<string>('');

  function send() {
    const file = input.current?.files?.[0];
    if (!file) {
      setStatus(t('isop.dossier.noFile'));
      input.current?.focus();
      return;
    }
    setStatus(t('isop.dossier.uploading', { name: file.name }));
    upload.mutate(
      { guideline, file },
      {
        onSuccess: () => {
          setStatus(t('isop.dossier.uploaded', { name: file.name }));
          if (input.current) input.current.value = '';
        },
        onError: () => setStatus(''),
      },
    );
  }

  return (
    <div>
      <FileInput id={`${id}-file`} label={t('isop.dossier.uploadLabel')} hint={t('isop.dossier.uploadHint')} input={input} />
      <p>
        <button type="button" className="button" aria-disabled={upload.isPending} onClick={() => !upload.isPending && send()}>
          {t('isop.dossier.upload')}
        </button>
      </p>
      <p role="status">{status}</p>
      {upload.error && (
        <ErrorAlert error={upload.error} fieldLabel={(field) => (field === 'file' ? t('isop.dossier.fileField') : undefined)} />
      )}
    </div>
  );
}

export const findingSchema = z.object({
  status: z.enum(['MET', 'PARTLY_MET', 'NOT_MET']),
  text: required.max(5000, 'problems.fields.fallback'),
}).transform((values): FindingInput => ({ ...values, text: values.text.trim() }));

export function FindingForm({ dossierId, guideline }: { dossierId: string; guideline: Guideline }) {
  const { t } = useI18n();
  const record = useRecordFinding(dossierId);
  const form = usePortalForm(findingSchema, { defaultValues: { status: 'MET', text: '' }, serverError: record.error });
  return (
    <DossierForm
      form={form}
      change={record}
      onSubmit={(input) => record.mutate({ guideline, input }, { onSuccess: () => form.reset() })}
      done={t('isop.dossier.findingSaved')}
      submitLabel={t('isop.dossier.saveFinding')}
    >
      <SelectField
        name="status"
        label={t('isop.dossier.findingStatus')}
        options={(['MET', 'PARTLY_MET', 'NOT_MET'] as const).map((status) => ({ value: status, label: t(`isop.statuses.${status}`) }))}
      />
      <TextAreaField name="text" label={t('isop.dossier.findingText')} rows={3} required />
    </DossierForm>
  );
}

/** A `datetime-local` value (the reader's own time) as the instant the API takes; empty stays empty. */
function instant(local: string): string {
  if (local.trim() === '') return '';
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

export const visitSchema = z
  .object({
    startsAt: required,
    endsAt: required,
    location: required.max(300, 'problems.fields.fallback'),
    note: z.string().max(2000, 'problems.fields.fallback'),
  })
  .transform(
    (values): VisitInput => ({
      startsAt: instant(values.startsAt),
      endsAt: instant(values.endsAt),
      location: values.location.trim(),
      note: orNull(values.note),
    }),
  );

export function VisitForm({ dossierId }: { dossierId: string }) {
  const { t } = useI18n();
  const plan = usePlanVisit(dossierId);
  const form = usePortalForm(visitSchema, {
    defaultValues: { startsAt: '', endsAt: '', location: '', note: '' },
    serverError: plan.error,
  });
  return (
    <DossierForm
      form={form}
      change={plan}
      onSubmit={(input) => plan.mutate(input, { onSuccess: () => form.reset() })}
      done={t('isop.dossier.visitPlanned')}
      submitLabel={t('isop.dossier.planVisit')}
    >
      <InputField name="startsAt" label={t('isop.dossier.visitStart')} type="datetime-local" required />
      <InputField name="endsAt" label={t('isop.dossier.visitEnd')} type="datetime-local" required />
      <InputField name="location" label={t('isop.dossier.visitLocation')} required />
      <TextAreaField name="note" label={t('isop.dossier.visitNote')} rows={3} />
    </DossierForm>
  );
}

const DECISIONS = ['award', 'ask-more', 'decline'] as const satisfies readonly Decision[];

/** Every decision needs a reason; the server says so too (400 naming `reason`). */
export const decisionSchema = z.object({
  decision: z.enum(DECISIONS),
  reason: required.max(5000, 'problems.fields.fallback'),
});

export function DecisionForm({ dossierId }: { dossierId: string }) {
  const { t } = useI18n();
  const decide = useDecide(dossierId);
  const form = usePortalForm(decisionSchema, { defaultValues: { decision: 'award', reason: '' }, serverError: decide.error });
  return (
    <DossierForm
      form={form}
      change={decide}
      onSubmit={(input) => decide.mutate({ decision: input.decision, reason: input.reason.trim() })}
      submitLabel={t('isop.dossier.decide')}
    >
      <SelectField
        name="decision"
        label={t('isop.dossier.decision')}
        options={DECISIONS.map((decision) => ({ value: decision, label: t(`isop.dossier.decisions.${decision}`) }))}
      />
      <TextAreaField name="reason" label={t('isop.dossier.reason')} rows={4} required />
    </DossierForm>
  );
}

/** A known assessor from the list, or the address of one who has not logged in yet: one of the two. */
export const assignSchema = z
  .object({
    assessorSubject: z.string(),
    assessorEmail: z.string().trim().max(254, 'problems.fields.fallback'),
  })
  .superRefine((values, context) => {
    const subject = values.assessorSubject !== '';
    const email = values.assessorEmail !== '';
    if (subject === email) {
      context.addIssue({
        code: 'custom',
        path: [subject ? 'assessorEmail' : 'assessorSubject'],
        message: subject ? 'isop.dossier.assessorOneOfTwo' : 'problems.fields.required',
      });
    } else if (email && !z.email().safeParse(values.assessorEmail).success) {
      context.addIssue({ code: 'custom', path: ['assessorEmail'], message: 'problems.fields.invalidFormat' });
    }
  })
  .transform((values): AssignInput =>
    values.assessorSubject !== '' ? { assessorSubject: values.assessorSubject } : { assessorEmail: values.assessorEmail },
  );

export function AssignForm({ dossierId, current }: { dossierId: string; current: string | null }) {
  const { t } = useI18n();
  const assign = useAssign(dossierId);
  const { data, error } = useAssessors(true);
  const form = usePortalForm(assignSchema, {
    defaultValues: { assessorSubject: current ?? '', assessorEmail: '' },
    serverError: assign.error,
  });
  if (error) return <ErrorAlert error={error} />;
  return (
    <DossierForm
      form={form}
      change={assign}
      onSubmit={(input) => assign.mutate(input, { onSuccess: () => form.reset({ assessorSubject: 'assessorSubject' in input ? input.assessorSubject : '', assessorEmail: '' }) })}
      done={t('isop.dossier.assigned')}
      submitLabel={t('isop.dossier.assign')}
    >
      <SelectField
        name="assessorSubject"
        label={t('isop.dossier.assessorField')}
        options={[
          { value: '', label: t('isop.dossier.chooseAssessor') },
          ...(data?.assessors ?? []).map((assessor) => ({ value: assessor.subject, label: assessor.name })),
        ]}
      />
      <InputField
        name="assessorEmail"
        label={t('isop.dossier.assessorEmail')}
        hint={t('isop.dossier.assessorEmailHint')}
        type="email"
        autoComplete="off"
      />
    </DossierForm>
  );
}
