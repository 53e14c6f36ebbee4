import { z } from '@/lib/zod';
import { InputField, SelectField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { RepeatableRows } from '@/components/form/repeatable-rows';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useRegisterForEvent, type RegistrationInput } from '../api/register-for-event';
import type { PortalEvent, Question } from '../api/types';
import styles from './events.module.css';

/** The backend's limits (EventApi.RegistrationRequest). */
const MAX_COLLEAGUES = 5;
const NAME_MAX_LENGTH = 200;

const questionId = (question: Question, index: number) => question.id ?? String(index);

/**
 * The answers as typed: a required question needs an answer, and colleagues' rows left empty are not sent. The
 * server checks the same (and whether a choice is one of the options) and names the question it refuses.
 */
function registrationSchema(questions: readonly Question[]) {
  const answers = Object.fromEntries(
    questions.map((question, index) => [
      questionId(question, index),
      question.required ? z.string().trim().min(1, 'problems.fields.required') : z.string(),
    ]),
  );
  return z
    .object({
      answers: z.object(answers),
      colleagues: z.array(z.object({ name: z.string().max(NAME_MAX_LENGTH, 'problems.fields.fallback') })),
    })
    .transform(
      (values): RegistrationInput => ({
        colleagues: values.colleagues.map(({ name }) => name.trim()).filter(Boolean),
        answers: Object.fromEntries(Object.entries(values.answers).filter(([, answer]) => answer.trim() !== '')),
      }),
    );
}

/** Registering for an event: its questions, the colleagues who come along, and the refusal beside the field it names. */
export function RegistrationForm({ event }: { event: PortalEvent }) {
  const { t } = useI18n();
  const register = useRegisterForEvent(event.id);
  const form = usePortalForm(registrationSchema(event.questions), {
    defaultValues: {
      answers: Object.fromEntries(event.questions.map((question, index) => [questionId(question, index), ''])),
      colleagues: [] as { name: string }[],
    },
    serverError: register.error,
  });

  return (
    <section className={`stack ${styles.panel}`} aria-labelledby="register-heading">
      <h2 id="register-heading">{t('events.register')}</h2>
      {register.error && !showsInForm(register.error) && <ErrorAlert error={register.error} />}
      <Form
        form={form}
        onSubmit={(input) => register.mutate(input)}
        busy={register.isPending}
        summaryTitle={t('events.notRegistered')}
      >
        {event.questions.map((question, index) => {
          const name = `answers.${questionId(question, index)}`;
          const note = question.required ? t('events.required') : undefined;
          return question.type === 'CHOICE' ? (
            <SelectField
              key={name}
              name={name}
              label={question.label}
              note={note}
              options={[
                { value: '', label: t('events.choose') },
                ...(question.options ?? []).map((option) => ({ value: option, label: option })),
              ]}
            />
          ) : (
            <InputField key={name} name={name} label={question.label} note={note} />
          );
        })}
        <RepeatableRows<{ name: string }>
          name="colleagues"
          legend={t('events.colleagues')}
          addLabel={t('events.addColleague')}
          removeLabel={(number) => t('events.removeColleague', { number })}
          newRow={() => ({ name: '' })}
          max={MAX_COLLEAGUES}
        >
          {(index) => (
            <InputField
              name={`colleagues.${index}.name`}
              label={t('events.colleagueName', { number: index + 1 })}
              maxLength={NAME_MAX_LENGTH}
              autoComplete="off"
            />
          )}
        </RepeatableRows>
        <FormActions>
          <SubmitButton label={t('events.register')} busyLabel={t('events.registering')} busy={register.isPending} />
        </FormActions>
      </Form>
    </section>
  );
}
