import { useEffect, useRef } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { InvalidParam } from '@/lib/problem-details';
import { fieldErrorText } from '@/lib/problem-messages';

/**
 * A form's refused fields, by the form's own field names, each with what is wrong in the reader's language, and the
 * error summary to move focus to after a refused save, so keyboard and screen reader users land on the list of what
 * to fix.
 */
export function useFieldErrors(fieldErrors: InvalidParam[], keyOf: (field: string) => string) {
  const { t } = useI18n();
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = new Map<string, string[]>();
  for (const error of fieldErrors) {
    const key = keyOf(error.field ?? error.parameter ?? '');
    errors.set(key, [...(errors.get(key) ?? []), fieldErrorText(t, error)]);
  }

  useEffect(() => {
    if (fieldErrors.length > 0) summaryRef.current?.focus();
  }, [fieldErrors]);

  return { summaryRef, errors, errorOf: (name: string) => errors.get(name)?.join('; ') };
}

/** The list with the code added, or taken out when it was there: for taxonomy checkboxes. */
export function toggled(codes: string[], code: string): string[] {
  return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
}
