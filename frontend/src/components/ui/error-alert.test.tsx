import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { ProblemError, toProblemDetails } from '@/lib/problem-details';
import { renderWithProviders } from '@/testing/test-utils';
import { ErrorAlert } from './error-alert';

const validationProblem = new ProblemError(
  toProblemDetails(
    {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Invalid value for: email, eventId',
      errors: [
        { field: 'email', code: 'invalid-format', message: 'must be a well-formed email address' },
        { parameter: 'eventId', code: 'unknown-code', message: 'does not exist' },
      ],
    },
    400,
  ),
);

describe('ErrorAlert', () => {
  it('shows a known problem and its field errors in Dutch, whatever language the server wrote', () => {
    renderWithProviders(<ErrorAlert error={validationProblem} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Niet alles is goed ingevuld');
    expect(alert).toHaveTextContent('Pas de genoemde gegevens aan en probeer het opnieuw.');
    expect(alert).toHaveTextContent('Controleer het volgende:');
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['email: Dit heeft niet de juiste vorm.', 'eventId: Kies een van de aangeboden waarden.']);
    expect(alert).toHaveTextContent('Foutcode 400');
    expect(alert).not.toHaveTextContent('Invalid');
    expect(alert).not.toHaveTextContent('must be');
  });

  it('names each field by the form\'s label when the caller knows it', () => {
    const labels: Record<string, string> = { email: 'E-mailadres' };
    renderWithProviders(<ErrorAlert error={validationProblem} fieldLabel={(field) => labels[field]} />);

    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['E-mailadres: Dit heeft niet de juiste vorm.', 'eventId: Kies een van de aangeboden waarden.']);
  });

  it('shows the same problem in English for an English reader', () => {
    renderWithProviders(<ErrorAlert error={validationProblem} />, { language: 'en' });

    expect(screen.getByRole('alert')).toHaveTextContent('Not everything is filled in correctly');
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('email: This is not in the right format.');
  });

  it('falls back to a generic Dutch sentence for a problem type it does not know', () => {
    const unknown = new ProblemError(
      toProblemDetails({ type: '/problems/something-new', title: 'Something new broke', detail: 'In English.' }, 409),
    );
    renderWithProviders(<ErrorAlert error={unknown} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Er ging iets mis');
    expect(alert).not.toHaveTextContent('Something new broke');
    expect(alert).not.toHaveTextContent('In English.');
  });

  it('gives the request id of a failure on our side as a reference for the helpdesk, not of a client mistake', () => {
    const internal = new ProblemError(
      toProblemDetails({ type: '/problems/internal', title: 'Internal error', status: 500, requestId: 'a1b2c3d4e5f60718' }, 500),
    );
    renderWithProviders(<ErrorAlert error={internal} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Kenmerk voor de helpdesk: a1b2c3d4e5f60718');

    const invalid = new ProblemError(
      toProblemDetails({ type: '/problems/validation', title: 'Invalid', status: 400, requestId: 'ffff0000ffff0000', errors: [] }, 400),
    );
    renderWithProviders(<ErrorAlert error={invalid} />, { language: 'en' });

    expect(screen.getAllByRole('alert')[1]).not.toHaveTextContent('ffff0000ffff0000');
  });

  it('uses a translated fallback title when the problem has none', () => {
    renderWithProviders(<ErrorAlert error={new ProblemError(toProblemDetails({}, 500))} />, { language: 'en' });

    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
  });

  it('explains a network failure in the chosen language', () => {
    renderWithProviders(<ErrorAlert error={new ApiError('network', 'down')} />, { language: 'en' });

    expect(screen.getByRole('alert')).toHaveTextContent('No connection');
  });

  it('names the status of a non-problem server error', () => {
    renderWithProviders(<ErrorAlert error={new ApiError('http', 'Bad Gateway', 502)} />);

    expect(screen.getByRole('alert')).toHaveTextContent('De server gaf een fout');
    expect(screen.getByRole('alert')).toHaveTextContent('foutcode 502');
  });

  it('treats anything else as an unexpected error', () => {
    renderWithProviders(<ErrorAlert error={new Error('boom')} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Onverwacht antwoord');
  });

  it('offers a retry when the caller can retry', async () => {
    const onRetry = vi.fn();
    renderWithProviders(<ErrorAlert error={new ApiError('network', 'down')} onRetry={onRetry} />);

    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));

    expect(onRetry).toHaveBeenCalledOnce();
  });
});
