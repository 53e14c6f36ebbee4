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
      title: 'Ongeldige aanmelding',
      status: 400,
      detail: 'Twee velden zijn niet goed ingevuld.',
      errors: [
        { field: 'email', message: 'moet een geldig e-mailadres zijn' },
        { parameter: 'eventId', message: 'bestaat niet' },
      ],
    },
    400,
  ),
);

describe('ErrorAlert', () => {
  it('shows the problem title, detail, field errors and status', () => {
    renderWithProviders(<ErrorAlert error={validationProblem} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Ongeldige aanmelding');
    expect(alert).toHaveTextContent('Twee velden zijn niet goed ingevuld.');
    expect(alert).toHaveTextContent('Controleer het volgende:');
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['email: moet een geldig e-mailadres zijn', 'eventId: bestaat niet']);
    expect(alert).toHaveTextContent('Foutcode 400');
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
