import { z } from '@/lib/zod';
import { TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { usePortalForm } from '@/components/form/use-portal-form';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { usePostReply } from '../api/reactions';

const replySchema = z.object({ body: z.string().trim().min(1, 'reactions.replyRequired') }).transform(({ body }) => body);

/** A logged-in reader's question or experience under an item; Markdown, shown once sanitised by the server. */
export function ReplyForm({ itemId, onPosted }: { itemId: string; onPosted: () => void }) {
  const { t } = useI18n();
  const post = usePostReply(itemId);
  const form = usePortalForm(replySchema, { defaultValues: { body: '' }, serverError: post.error });
  return (
    <Form
      form={form}
      onSubmit={(body) => post.mutate(body, { onSuccess: () => (form.reset({ body: '' }), onPosted()) })}
      busy={post.isPending}
      summaryTitle={t('reactions.notPosted')}
    >
      <TextAreaField name="body" label={t('reactions.reply')} hint={t('reactions.replyHint')} rows={4} />
      <FormActions>
        <SubmitButton label={t('reactions.post')} busy={post.isPending} />
      </FormActions>
    </Form>
  );
}
