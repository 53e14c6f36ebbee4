import { describe, expect, it } from 'vitest';
import { ProblemError, toProblemDetails } from './problem-details';

describe('toProblemDetails', () => {
  it('keeps the standard members, validation errors and extensions', () => {
    const standard = {
      type: 'https://kennisportaal.example/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Two fields are invalid.',
      instance: '/api/events/42/registrations',
      errors: [
        { field: 'email', message: 'must be a well-formed email address' },
        { parameter: 'page', message: 'must be at least 0' },
      ],
    };

    const problem = toProblemDetails({ ...standard, traceId: 'abc123' }, 400);

    expect(problem).toEqual({ ...standard, extensions: { traceId: 'abc123' } });
  });

  it('applies the RFC 9457 defaults when members are missing', () => {
    expect(toProblemDetails({}, 503)).toEqual({
      type: 'about:blank',
      title: '',
      status: 503,
      errors: [],
      extensions: {},
    });
  });

  it('keeps a field error\'s code and limits', () => {
    const problem = toProblemDetails(
      { errors: [{ field: 'title', code: 'too-long', max: 200, message: 'size must be between 0 and 200' }, { field: 'n', code: 7, min: 'x', message: 'bad' }] },
      400,
    );
    expect(problem.errors).toEqual([
      { field: 'title', code: 'too-long', max: 200, message: 'size must be between 0 and 200' },
      { field: 'n', message: 'bad' },
    ]);
  });

  it('drops malformed validation errors instead of failing', () => {
    const problem = toProblemDetails({ errors: [{ field: 'name' }, 'oops', { field: 'name', message: 'required' }] }, 400);
    expect(problem.errors).toEqual([{ field: 'name', message: 'required' }]);
  });
});

describe('ProblemError', () => {
  it('finds the error for a field or parameter', () => {
    const error = new ProblemError(
      toProblemDetails(
        { title: 'Invalid', status: 400, errors: [{ field: 'email', message: 'invalid' }, { parameter: 'q', message: 'too long' }] },
        400,
      ),
    );
    expect(error.status).toBe(400);
    expect(error.errorFor('email')?.message).toBe('invalid');
    expect(error.errorFor('q')?.message).toBe('too long');
    expect(error.errorFor('name')).toBeUndefined();
  });
});
