import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders, requestsTo, stubBackend } from '@/testing/test-utils';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { EventForm } from './event-form';
import { testEvent } from './test-event';

const event = testEvent({ description: 'Een **avond**', partnerships: ['DIDACTIC'], aspects: ['COMMUNICATION'], canManage: true });

describe('EventForm', () => {
  it('saves an edit with the aspects chosen and the version it was loaded at', async () => {
    const backend = stubBackend({
      'PUT /api/events/e1': ({ body }) => jsonResponse({ ...event, ...(body as object) }),
    });
    const onSaved = vi.fn();
    renderWithProviders(<EventForm event={event} etag={'"5-1"'} onSaved={onSaved} />);

    expect(screen.getByRole('group', { name: 'Aspecten' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Communicatie' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cultuur' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Communicatie' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [put] = requestsTo(backend, 'PUT', '/api/events/e1');
    expect(put!.headers.get('If-Match')).toBe('"5-1"');
    expect((put!.body as { aspects: string[] }).aspects).toEqual(['CULTURE']);
  });

  it('explains that someone else saved meanwhile and offers to reload', async () => {
    stubBackend({
      'PUT /api/events/e1': () =>
        problemResponse(412, { type: '/problems/stale-event', title: 'Event changed meanwhile' }),
    });
    const onReload = vi.fn();
    const onSaved = vi.fn();
    renderWithProviders(<EventForm event={event} etag={'"5-1"'} onSaved={onSaved} onReload={onReload} />);

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft deze bijeenkomst intussen gewijzigd');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    expect(onReload).toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says in Dutch what the backend refused, by the form\'s labels, in the summary and beside the field', async () => {
    stubBackend({
      'PUT /api/events/e1': () =>
        problemResponse(400, {
          type: '/problems/validation',
          title: 'Invalid request',
          errors: [
            { field: 'endsAt', code: 'ends-before-start', message: 'must be after the start' },
            { field: 'questions[0].options', code: 'too-few', min: 2, message: 'a choice needs two or more options' },
          ],
        }),
    });
    renderWithProviders(<EventForm event={event} etag={'"5-1"'} onSaved={vi.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Niet alles is goed ingevuld');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Eindigt op: Het einde moet na het begin liggen.',
      'Keuzes bij vraag 1, gescheiden door komma’s: Kies of geef er minstens 2.',
    ]);
    // The shared error presentation says "Fout:" before the message to screen readers.
    expect(screen.getByLabelText('Eindigt op')).toHaveAccessibleDescription('Fout: Het einde moet na het begin liggen.');
    expect(alert).not.toHaveTextContent('must be after');
  });

  it('shows a refused field the way every form does', async () => {
    stubBackend({
      'PUT /api/events/e1': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'venue', code: 'venue-or-link', message: 'venue or link' }] }),
    });
    renderWithProviders(<EventForm event={event} etag={'"5-1"'} onSaved={vi.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await expectSharedErrorPresentation({
      summaryTitle: /Niet alles is goed ingevuld/,
      label: 'Locatie (naam)',
      message: 'Geef een locatie, een onlinelink of allebei.',
      control: screen.getByLabelText('Locatie (naam)'),
    });
  });
});
