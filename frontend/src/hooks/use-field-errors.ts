import { useEffect, useRef } from 'react';
import type { InvalidParam } from '@/lib/problem-details';

/**
 * A form's refused fields, by the form's own field names, and the error summary to move focus to after a refused
 * save, so keyboard and screen reader users land on the list of what to fix.
 */
export function useFieldErrors(fieldErrors: InvalidParam[], keyOf: (field: string) => string) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = new Map<string, string[]>();
  for (const error of fieldErrors) {
    const key = keyOf(error.field ?? error.parameter ?? '');
    errors.set(key, [...(errors.get(key) ?? []), error.message]);
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
