import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey, type MessageParams } from './i18n/i18n';
import { fieldErrorText, problemSlug, problemText } from './problem-messages';
import { toProblemDetails } from './problem-details';

const tIn = (language: Language) => (key: MessageKey, params?: MessageParams) => translate(language, key, params);

describe('problemSlug', () => {
  it('reads the slug of a portal problem type, relative or absolute', () => {
    expect(problemSlug('/problems/stale-item')).toBe('stale-item');
    expect(problemSlug('https://portal.example/problems/validation')).toBe('validation');
    expect(problemSlug('about:blank')).toBeUndefined();
  });
});

describe('problemText', () => {
  it('translates a known problem type instead of showing the English title', () => {
    const problem = toProblemDetails(
      { type: '/problems/registration-closed', title: 'Registration closed', detail: 'Registration for this event has closed.' },
      409,
    );

    expect(problemText(tIn('nl'), problem)).toEqual({
      title: 'Aanmelden gesloten',
      detail: 'De aanmelding voor deze bijeenkomst is gesloten.',
    });
    expect(problemText(tIn('en'), problem).title).toBe('Registration closed');
  });

  it('falls back to a generic sentence in the reader’s language for an unknown type', () => {
    const problem = toProblemDetails({ type: '/problems/brand-new', title: 'Brand new failure', detail: 'In English' }, 409);

    expect(problemText(tIn('nl'), problem)).toEqual({
      title: 'Er ging iets mis',
      detail: translate('nl', 'problems.fallback.detail'),
    });
    expect(problemText(tIn('en'), toProblemDetails({}, 404)).title).toBe('Something went wrong');
  });
});

describe('fieldErrorText', () => {
  const nl = tIn('nl');

  it('says what is wrong with a field from its code and limits', () => {
    expect(fieldErrorText(nl, { field: 'title', code: 'required', message: 'must not be blank' })).toBe('Dit is verplicht.');
    expect(fieldErrorText(nl, { field: 'title', code: 'too-long', max: 200, message: 'size must be between 0 and 200' })).toBe(
      'Gebruik hoogstens 200 tekens.',
    );
    expect(fieldErrorText(nl, { field: 'size', code: 'out-of-range', min: 1, message: 'must be greater than or equal to 1' })).toBe(
      'Geef een waarde van minstens 1.',
    );
    expect(fieldErrorText(nl, { field: 'sector', code: 'unknown-code', message: "unknown code 'X'" })).toBe(
      'Kies een van de aangeboden waarden.',
    );
  });

  it('never shows the English message for an unknown code, or a limit it was not given', () => {
    expect(fieldErrorText(nl, { field: 'x', code: 'brand-new', message: 'is wrong in English' })).toBe(
      'Deze waarde is niet goed ingevuld.',
    );
    expect(fieldErrorText(nl, { field: 'x', message: 'is wrong in English' })).toBe('Deze waarde is niet goed ingevuld.');
    expect(fieldErrorText(nl, { field: 'x', code: 'too-long', message: 'too long' })).toBe('Deze waarde is niet goed ingevuld.');
  });
});
