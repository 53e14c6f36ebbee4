import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from '@/lib/zod';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { fieldErrorText } from '@/lib/problem-messages';
import { fieldErrorsOf, formFieldOf, isMessageKey } from './server-errors';

interface PortalFormOptions<Input extends FieldValues> {
  /** Every field, in the order the form shows them (the error summary lists faults in this order). */
  defaultValues: Input;
  /** The last failed save, if any: a 400 problem's field errors appear beside the fields, like the schema's. */
  serverError?: unknown;
  /** Where a server field the form shows elsewhere belongs (`venue` beside `venue.name`). */
  serverFieldAliases?: Record<string, string>;
}

/** The schema's messages are catalogue keys; shown in the reader's language, like the server's field errors. */
function translated<Input extends FieldValues, Output>(
  resolver: Resolver<Input, unknown, Output>,
  translate: (key: string) => string,
): Resolver<Input, unknown, Output> {
  const walk = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === 'ref' ? value : key === 'message' && typeof value === 'string' ? translate(value) : walk(value),
      ]),
    );
  };
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    return { ...result, errors: walk(result.errors) as FieldErrors<Input> } as Awaited<ReturnType<typeof resolver>>;
  };
}

/**
 * A react-hook-form form validated by a zod schema (whose output is what the form sends), with the server's field
 * errors set on the same fields, and a count of failed attempts that moves the focus to the error summary each time.
 */
export function usePortalForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  { defaultValues, serverError, serverFieldAliases = {} }: PortalFormOptions<Input>,
) {
  const { t } = useI18n();
  const [failedAttempts, setFailedAttempts] = useState(0);
  const form = useForm<Input, unknown, Output>({
    resolver: translated(zodResolver(schema) as Resolver<Input, unknown, Output>, (message) =>
      isMessageKey(message) ? t(message) : t('problems.fields.fallback'),
    ),
    defaultValues: defaultValues as DefaultValues<Input>,
    // The summary takes the focus and links to each field; errors change only when the person submits again.
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });

  const { setError, clearErrors, getValues } = form;
  const serverNames = useRef<string[]>([]);
  const lastServerError = useRef<unknown>(undefined);
  useEffect(() => {
    if (serverNames.current.length > 0) clearErrors(serverNames.current as Path<Input>[]);
    const messages = new Map<string, string[]>();
    for (const error of fieldErrorsOf(serverError)) {
      const field = formFieldOf(error.field ?? error.parameter ?? '', getValues());
      const name = field === '' ? 'root.server' : (serverFieldAliases[field] ?? field);
      messages.set(name, [...(messages.get(name) ?? []), fieldErrorText(t, error)]);
    }
    for (const [name, texts] of messages) setError(name as Path<Input>, { type: 'server', message: texts.join('; ') });
    serverNames.current = [...messages.keys()];
    // A new refusal (not a change of language) moves the focus to the summary.
    if (messages.size > 0 && lastServerError.current !== serverError) setFailedAttempts((count) => count + 1);
    lastServerError.current = serverError;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the aliases are a literal per render; they never change
  }, [serverError, t, setError, clearErrors, getValues]);

  return { ...form, failedAttempts, markFailed: () => setFailedAttempts((count) => count + 1) };
}

export type PortalForm<Input extends FieldValues, Output> = ReturnType<typeof usePortalForm<Input, Output>>;
