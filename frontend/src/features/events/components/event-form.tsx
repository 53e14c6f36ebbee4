import { useFormContext, useWatch } from 'react-hook-form';
import { z } from '@/lib/zod';
import { ModelTagGroups } from '@/components/form/model-tag-groups';
import { modelTagFields, modelTags } from '@/components/form/model-tags';
import { CheckboxField, InputField, SelectField, TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { RepeatableRows } from '@/components/form/repeatable-rows';
import { showsInForm, isStaleVersion } from '@/components/form/server-errors';
import { StaleVersionAlert } from '@/components/form/stale-version-alert';
import { TaxonomySelect } from '@/components/form/taxonomy-select';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useSaveEvent } from '../api/organiser-events';
import { EVENT_KINDS, PROVINCES, toLocalInput, type EventRequest, type PortalEvent } from '../api/types';

const orUndefined = (text: string) => (text === '' ? undefined : text);

/** The event form, text as typed; its output is the request. The server checks the rules and names each field. */
const eventSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    kind: z.enum(EVENT_KINDS),
    scope: z.enum(['NATIONAL', 'REGIONAL']),
    province: z.string(),
    venue: z.object({ name: z.string(), address: z.string(), city: z.string() }),
    onlineUrl: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    capacity: z.string(),
    registrationOpensAt: z.string(),
    registrationClosesAt: z.string(),
    ...modelTagFields,
    questions: z.array(
      z.object({
        id: z.string().optional(),
        label: z.string(),
        type: z.enum(['TEXT', 'CHOICE']),
        /** The choices as typed, separated by commas. */
        options: z.string(),
        required: z.boolean(),
      }),
    ),
  })
  .transform(
    (values): EventRequest => ({
      title: values.title,
      description: values.description,
      kind: values.kind,
      scope: values.scope,
      province: orUndefined(values.province),
      venue: {
        name: orUndefined(values.venue.name),
        address: orUndefined(values.venue.address),
        city: orUndefined(values.venue.city),
      },
      onlineUrl: orUndefined(values.onlineUrl.trim()),
      startsAt: values.startsAt,
      endsAt: values.endsAt,
      capacity: values.capacity === '' ? undefined : Number(values.capacity),
      registrationOpensAt: orUndefined(values.registrationOpensAt),
      registrationClosesAt: orUndefined(values.registrationClosesAt),
      ...modelTags(values),
      questions: values.questions.map(({ id, options, ...question }) => ({
        ...(id && { id }),
        ...question,
        options: options
          .split(',')
          .map((option) => option.trim())
          .filter(Boolean),
      })),
    }),
  );

type EventFormValues = z.input<typeof eventSchema>;

function initialValues(event?: PortalEvent): EventFormValues {
  const local = (instant: string | undefined) => (instant ? toLocalInput(instant) : '');
  return {
    title: event?.title ?? '',
    description: event?.description ?? '',
    kind: event?.kind ?? 'INSPIRATION',
    scope: event?.scope ?? 'NATIONAL',
    province: event?.province ?? '',
    venue: { name: event?.venue?.name ?? '', address: event?.venue?.address ?? '', city: event?.venue?.city ?? '' },
    onlineUrl: event?.onlineUrl ?? '',
    startsAt: local(event?.startsAt),
    endsAt: local(event?.endsAt),
    capacity: event?.capacity != null ? String(event.capacity) : '',
    registrationOpensAt: local(event?.registrationOpensAt),
    registrationClosesAt: local(event?.registrationClosesAt),
    ...modelTags(event),
    questions: (event?.questions ?? []).map((question) => ({
      ...(question.id && { id: question.id }),
      label: question.label,
      type: question.type,
      options: (question.options ?? []).join(', '),
      required: question.required,
    })),
  };
}

const QUESTION_FIELD = /^questions\.(\d+)\.(label|type|options|required)$/;

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
  const save = useSaveEvent(event?.id, etag);
  const form = usePortalForm(eventSchema, {
    defaultValues: initialValues(event),
    serverError: save.error,
    // The backend names the venue as a whole when it lacks a name (and no link is given).
    serverFieldAliases: { venue: 'venue.name' },
  });

  // A question's choices show only for a choice question; the summary still names them.
  const labelOf = (name: string) => {
    const question = QUESTION_FIELD.exec(name);
    if (!question) return undefined;
    const params = { number: Number(question[1]) + 1 };
    if (question[2] === 'options') return t('events.form.questionOptions', params);
    if (question[2] === 'required') return t('events.form.questionRequired', params);
    return t(question[2] === 'type' ? 'events.form.questionType' : 'events.form.questionLabel', params);
  };

  return (
    <Form
      form={form}
      onSubmit={(request) => save.mutate(request, { onSuccess: ({ event: saved }) => onSaved(saved) })}
      busy={save.isPending}
      summaryTitle={t('events.form.notSaved')}
      labelOf={labelOf}
    >
      {isStaleVersion(save.error) && (
        <StaleVersionAlert
          title={t('events.form.staleTitle')}
          text={t('events.form.staleText')}
          reloadLabel={t('events.form.reload')}
          onReload={onReload}
        />
      )}
      {save.error && !showsInForm(save.error) && <ErrorAlert error={save.error} />}
      <InputField name="title" label={t('events.form.title')} required />
      <TextAreaField name="description" label={t('events.form.description')} rows={5} />
      <SelectField
        name="kind"
        label={t('events.kind')}
        options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
      />
      <SelectField
        name="scope"
        label={t('events.form.scope')}
        options={[
          { value: 'NATIONAL', label: t('taxonomy.national') },
          { value: 'REGIONAL', label: t('events.region') },
        ]}
      />
      <TaxonomySelect name="province" label={t('events.region')} facet="region" codes={PROVINCES} none={t('events.any')} />
      <InputField name="venue.name" label={t('events.form.venueName')} />
      <InputField name="venue.address" label={t('events.form.venueAddress')} />
      <InputField name="venue.city" label={t('events.form.venueCity')} />
      <InputField name="onlineUrl" label={t('events.form.onlineUrl')} type="url" />
      <InputField name="startsAt" label={t('events.form.startsAt')} type="datetime-local" required />
      <InputField name="endsAt" label={t('events.form.endsAt')} type="datetime-local" required />
      <InputField name="capacity" label={t('events.form.capacity')} type="number" min={1} />
      <InputField name="registrationOpensAt" label={t('events.form.opensAt')} type="datetime-local" />
      <InputField name="registrationClosesAt" label={t('events.form.closesAt')} type="datetime-local" />
      <ModelTagGroups
        legends={{ partnerships: t('events.partnership'), aspects: t('events.form.aspects'), sectors: t('events.sector') }}
      />
      <RepeatableRows
        name="questions"
        legend={t('events.form.questions')}
        addLabel={t('events.form.addQuestion')}
        newRow={() => ({ label: '', type: 'TEXT', options: '', required: false })}
      >
        {(index) => <QuestionFields index={index} />}
      </RepeatableRows>
      <FormActions>
        <SubmitButton label={t('events.form.save')} busy={save.isPending} />
      </FormActions>
    </Form>
  );
}

function QuestionFields({ index }: { index: number }) {
  const { t } = useI18n();
  const { control } = useFormContext<EventFormValues>();
  const type = useWatch({ control, name: `questions.${index}.type` });
  const params = { number: index + 1 };
  return (
    <>
      <InputField name={`questions.${index}.label`} label={t('events.form.questionLabel', params)} />
      <SelectField
        name={`questions.${index}.type`}
        label={t('events.form.questionType', params)}
        options={[
          { value: 'TEXT', label: t('events.form.text') },
          { value: 'CHOICE', label: t('events.form.choice') },
        ]}
      />
      {type === 'CHOICE' && (
        <InputField name={`questions.${index}.options`} label={t('events.form.questionOptions', params)} />
      )}
      <CheckboxField name={`questions.${index}.required`} label={t('events.form.questionRequired', params)} />
    </>
  );
}
