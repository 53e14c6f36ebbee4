import type { UseMutationResult } from '@tanstack/react-query';
import { z } from '@/lib/zod';
import { TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { usePortalForm } from '@/components/form/use-portal-form';
import { useI18n } from '@/lib/i18n/i18n-provider';

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
  /** Called as a decision is sent (to clear the last one's status) and once it is taken. */
  onDeciding: () => void;
  onDecided: (next: V) => void;
}

/**
 * An editor's decision on a document in the editorial workflow, the same for articles and contributions: a comment
 * and one button per step the state allows. Enter in the form takes the first decision; each other button validates
 * and sends its own.
 */
export function ReviewDecision<V>({ messages, state, etag, step, onDeciding, onDecided }: ReviewDecisionProps<V>) {
  const { t } = useI18n();
  const form = usePortalForm(decisionSchema, { defaultValues: { comment: '' }, serverError: step.error });

  function decide(name: StepName, comment: string | undefined) {
    if (step.isPending) return;
    onDeciding();
    step.mutate(
      { step: name, etag, comment },
      {
        onSuccess: (next) => {
          form.reset({ comment: '' });
          onDecided(next);
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
  if (!primary) return null;
  return (
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
  );
}
