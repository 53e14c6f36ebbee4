import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from '@/lib/zod';
import { TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { fieldErrorsOf } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import styles from './workflow.module.css';

/** The editorial workflow's steps (backend package `workflow`), as the API names them in its paths. */
export type StepName = 'submit' | 'request-changes' | 'reject' | 'publish' | 'unpublish';

/** A step request: the step, the version it was decided on, and the editor's comment if any. */
export interface StepVariables {
  step: StepName;
  etag: string;
  comment?: string;
}

/** The comment is sent only when there is one; the server says which decisions need it, beside the field. */
const decisionSchema = z.object({ comment: z.string() }).transform(({ comment }) => comment.trim() || undefined);

interface ReviewDecisionProps<V> {
  /** The feature whose `<feature>.review.*` messages label the decisions. */
  messages: 'articles' | 'contributions';
  /** The workflow state the document is in: a submitted one can be decided on, a published one taken back. */
  state: string;
  etag: string;
  step: UseMutationResult<V, Error, StepVariables>;
  /** Called with the document as the decision left it. */
  onDecided: (next: V) => void;
  /** What the status line says once a decision is taken. */
  doneMessage: (next: V) => string;
}

/**
 * An editor's decision on a document in the editorial workflow, the same for articles and contributions: a status line
 * saying what the last decision did, an error the form does not show, and a comment with one button per step the
 * state allows. Enter in the form takes the first decision; each other button validates and sends its own.
 */
export function ReviewDecision<V>({ messages, state, etag, step, onDecided, doneMessage }: ReviewDecisionProps<V>) {
  const { t } = useI18n();
  const [done, setDone] = useState<string>();
  const form = usePortalForm(decisionSchema, { defaultValues: { comment: '' }, serverError: step.error });

  function decide(name: StepName, comment: string | undefined) {
    if (step.isPending) return;
    setDone(undefined);
    step.mutate(
      { step: name, etag, comment },
      {
        onSuccess: (next) => {
          form.reset({ comment: '' });
          onDecided(next);
          setDone(doneMessage(next));
        },
      },
    );
  }

  const decisions: { name: StepName; label: string }[] =
    state === 'SUBMITTED'
      ? [
          { name: 'publish', label: t(`${messages}.review.publish`) },
          { name: 'request-changes', label: t(`${messages}.review.requestChanges`) },
          { name: 'reject', label: t(`${messages}.review.reject`) },
        ]
      : state === 'PUBLISHED'
        ? [{ name: 'unpublish', label: t(`${messages}.review.unpublish`) }]
        : [];
  const [primary, ...others] = decisions;
  return (
    <>
      <p role="status" className={done ? styles.success : undefined}>
        {done}
      </p>
      {step.error && fieldErrorsOf(step.error).length === 0 && <ErrorAlert error={step.error} />}
      {primary && (
        <section aria-labelledby="decision-title" className="stack">
          <h2 id="decision-title" className="visually-hidden">
            {t(`${messages}.review.decision`)}
          </h2>
          <Form
            form={form}
            onSubmit={(comment) => decide(primary.name, comment)}
            busy={step.isPending}
            summaryTitle={t(`${messages}.review.notDecided`)}
          >
            <TextAreaField
              name="comment"
              label={t(`${messages}.review.comment`)}
              hint={t(`${messages}.review.commentHint`)}
              rows={4}
            />
            <FormActions>
              <SubmitButton label={primary.label} busy={step.isPending} />
              {others.map((decision) => (
                <button
                  key={decision.name}
                  type="button"
                  className="button button-secondary"
                  aria-disabled={step.isPending}
                  onClick={() => void form.handleSubmit((comment) => decide(decision.name, comment), form.markFailed)()}
                >
                  {decision.label}
                </button>
              ))}
            </FormActions>
          </Form>
        </section>
      )}
    </>
  );
}
