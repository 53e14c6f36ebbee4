import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ProblemError, type InvalidParam } from '@/lib/problem-details';

/** A failed save that names the fields at fault (a 400 problem with field errors): shown in the form, not as an alert. */
export function fieldErrorsOf(error: unknown): InvalidParam[] {
  return error instanceof ProblemError && error.status === 400 ? error.problem.errors : [];
}

/** Someone else saved the document after it was loaded: the save sent an outdated `If-Match`. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 412;
}

/** Whether the form shows this failure itself (field errors, or the stale-version banner); others need an `ErrorAlert`. */
export function showsInForm(error: unknown): boolean {
  return isStaleVersion(error) || fieldErrorsOf(error).length > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object, or a list of objects (rows), whose parts are fields of their own. */
function hasFieldsInside(value: unknown): boolean {
  return isRecord(value) || (Array.isArray(value) && value.every(isRecord));
}

/**
 * The form field a server error belongs to, as a react-hook-form path: `links[1].url` becomes `links.1.url` (a row's
 * field), `sectors[0]` becomes `sectors` (one code of a checkbox group, a list of plain values), and a field the form
 * does not hold keeps its whole path.
 */
export function formFieldOf(field: string, values: FieldValues): string {
  const parts = field.split(/[.[\]]+/).filter(Boolean);
  const path: string[] = [];
  let value: unknown = values;
  for (const [index, part] of parts.entries()) {
    if (path.length > 0 && value !== undefined && !hasFieldsInside(value)) break;
    if (value === undefined) return [...path, ...parts.slice(index)].join('.');
    path.push(part);
    value = (value as Record<string, unknown>)[part];
  }
  return path.join('.');
}

export interface FormError {
  /** The react-hook-form path (`title`, `links.0.url`, `root.server`). */
  name: string;
  message: string;
}

const ERROR_MEMBERS = new Set(['message', 'type', 'types', 'ref']);

/** Every error in the form, in the order of the form's fields (`order`: its top-level names), rows by their index. */
export function flattenErrors(errors: FieldErrors, order: readonly string[]): FormError[] {
  const found: FormError[] = [];
  const visit = (node: unknown, path: string) => {
    if (!isRecord(node) && !Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    if (typeof record.message === 'string' && record.message !== '') found.push({ name: path, message: record.message });
    for (const key of Object.keys(record)) {
      if (!ERROR_MEMBERS.has(key)) visit(record[key], `${path}.${key}`);
    }
  };
  const position = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length + (name === 'root' ? 1 : 0) : index;
  };
  const names = Object.keys(errors).sort((a, b) => position(a) - position(b));
  for (const name of names) visit((errors as Record<string, unknown>)[name], name);
  return found;
}

export { isMessageKey } from '@/lib/i18n/i18n';
