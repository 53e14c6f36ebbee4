import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders, requestsTo, stubBackend, type FakeRequest } from '@/testing/test-utils';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { RegistrationForm } from './registration-form';
import { testEvent } from './test-event';

const event = testEvent({
  questions: [
    { id: 'diet', label: 'Dieetwensen', type: 'TEXT', required: false },
    { id: 'role', label: 'Uw rol', type: 'CHOICE', options: ['Leerkracht', 'Ouder'], required: true },
  ],
});

function registered(request: FakeRequest) {
  const body = request.body as { colleagues: string[]; answers: Record<string, string> };
  return jsonResponse(
    {
      id: 'r1',
      eventId: event.id,
      eventTitle: event.title,
      eventStartsAt: event.startsAt,
      status: 'CONFIRMED',
      waitlistPosition: 0,
      seats: 1 + body.colleagues.length,
      ...body,
      createdAt: '2030-02-01T10:00:00Z',
    },
    { status: 201 },
  );
}

describe('RegistrationForm', () => {
  it('sends the answers given and the colleagues named, leaving out empty ones', async () => {
    const backend = stubBackend({ 'POST /api/events/e1/registrations': registered });
    renderWithProviders(<RegistrationForm event={event} />);

    await userEvent.selectOptions(screen.getByLabelText('Uw rol (verplicht)'), 'Ouder');
    await userEvent.click(screen.getByRole('button', { name: 'Collega toevoegen' }));
    expect(screen.getByLabelText('Naam collega 1')).toHaveFocus();
    await userEvent.keyboard('Fatima');
    await userEvent.click(screen.getByRole('button', { name: 'Collega toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));

    await vi.waitFor(() => expect(requestsTo(backend, 'POST', '/api/events/e1/registrations')).toHaveLength(1));
    const requests = requestsTo(backend, 'POST', '/api/events/e1/registrations');
    expect(requests[0]?.body).toEqual({ colleagues: ['Fatima'], answers: { role: 'Ouder' } });
  });

  it('adds at most five colleagues, and keeps the focus on the add button at the limit', async () => {
    renderWithProviders(<RegistrationForm event={event} />);
    const add = screen.getByRole('button', { name: 'Collega toevoegen' });
    for (let i = 0; i < 6; i++) await userEvent.click(add);

    expect(screen.getAllByLabelText(/^Naam collega/)).toHaveLength(5);
    expect(add).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Verwijder collega 5' }));
    expect(add).toHaveFocus();
    expect(add).not.toHaveAttribute('aria-disabled');
  });

  it('names an unanswered required question the way every form does, before asking the server', async () => {
    const fake = stubBackend({});
    renderWithProviders(<RegistrationForm event={event} />);

    await userEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));

    await expectSharedErrorPresentation({
      summaryTitle: /nog niet aangemeld/,
      label: 'Uw rol',
      message: 'Dit is verplicht.',
      control: screen.getByLabelText('Uw rol (verplicht)'),
    });
    expect(fake).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal beside the question it names, in the reader’s language', async () => {
    stubBackend({
      'POST /api/events/e1/registrations': () =>
        problemResponse(400, {
          type: '/problems/validation',
          errors: [{ field: 'answers.role', code: 'not-an-option', message: 'choose one of the options' }],
        }),
    });
    renderWithProviders(<RegistrationForm event={event} />, { language: 'en' });

    await userEvent.selectOptions(screen.getByLabelText('Uw rol (required)'), 'Leerkracht');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    const summary = await screen.findByRole('alert', { name: /not been registered/ });
    expect(within(summary).getByRole('link', { name: 'Uw rol: Choose one of the options.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Uw rol (required)')).toHaveAttribute('aria-invalid', 'true');
  });
});
