// What the reader sees for a problem from the API: the backend's problem `type` slug and each field error's `code`
// are stable, so the text comes from the message catalogues; the backend's own English title, detail and messages are
// for logs and API clients, never shown.
import { formatBytes } from './format';
import type { MessageKey, MessageParams } from './i18n/i18n';
import { nl } from './i18n/messages/nl';
import type { InvalidParam, ProblemDetails } from './problem-details';

type Translate = (key: MessageKey, params?: MessageParams) => string;
type ProblemSlug = keyof (typeof nl)['problems']['types'];

/** The slug of a portal problem type (`/problems/<slug>`, relative or absolute); undefined for any other type. */
export function problemSlug(type: string): string | undefined {
  return /\/problems\/([\w-]+)$/.exec(type)?.[1];
}

function isKnownSlug(slug: string | undefined): slug is ProblemSlug {
  return slug !== undefined && Object.hasOwn(nl.problems.types, slug);
}

/** The translated title and description of a problem; a generic one for a type this app does not know (yet). */
export function problemText(t: Translate, problem: ProblemDetails): { title: string; detail: string } {
  const slug = problemSlug(problem.type);
  if (isKnownSlug(slug)) {
    return { title: t(`problems.types.${slug}.title`), detail: t(`problems.types.${slug}.detail`) };
  }
  return { title: t('problems.fallback.title'), detail: t('problems.fallback.detail') };
}

/** Field error codes whose sentence needs no limit. */
const PLAIN_CODES: Record<string, MessageKey> = {
  required: 'problems.fields.required',
  'invalid-format': 'problems.fields.invalidFormat',
  'invalid-value': 'problems.fields.invalidValue',
  'not-a-number': 'problems.fields.notANumber',
  'not-a-date': 'problems.fields.notADate',
  'unknown-code': 'problems.fields.unknownCode',
  'not-an-option': 'problems.fields.notAnOption',
  'unknown-field': 'problems.fields.unknownField',
  unreadable: 'problems.fields.unreadable',
  duplicate: 'problems.fields.duplicate',
  'ends-before-start': 'problems.fields.endsBeforeStart',
  'closes-before-opening': 'problems.fields.closesBeforeOpening',
  'closes-after-start': 'problems.fields.closesAfterStart',
  'venue-or-link': 'problems.fields.venueOrLink',
  'no-such-version': 'problems.fields.noSuchVersion',
  'not-earlier': 'problems.fields.notEarlier',
  'unsupported-type': 'problems.fields.unsupportedType',
};

/** What is wrong with one field, in the reader's language; a generic sentence for a code or limit it lacks. */
export function fieldErrorText(t: Translate, error: InvalidParam): string {
  const { code, min, max } = error;
  const fallback = t('problems.fields.fallback');
  switch (code) {
    case 'too-short':
      return min !== undefined ? t('problems.fields.tooShort', { min }) : fallback;
    case 'too-long':
      return max !== undefined ? t('problems.fields.tooLong', { max }) : fallback;
    case 'too-few':
      return min !== undefined ? t('problems.fields.tooFew', { min }) : fallback;
    case 'too-many':
      return max !== undefined ? t('problems.fields.tooMany', { max }) : fallback;
    case 'too-large':
      // The limit comes in bytes.
      return max !== undefined ? t('problems.fields.tooLarge', { size: formatBytes(max) }) : fallback;
    case 'out-of-range':
      if (min !== undefined) return t('problems.fields.atLeast', { min });
      if (max !== undefined) return t('problems.fields.atMost', { max });
      return t('problems.fields.outOfRange');
    default: {
      const key = code !== undefined && Object.hasOwn(PLAIN_CODES, code) ? PLAIN_CODES[code] : undefined;
      return key ? t(key) : fallback;
    }
  }
}
