import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBackend, jsonResponse, problemResponse, renderWithProviders, requestsTo } from '@/testing/test-utils';
import { EventForm } from './event-form';
import { testEvent } from './test-event';

const event = testEvent({ description: 'Een **avond**', partnerships: ['DIDACTIC'], aspects: ['COMMUNICATION'], canManage: true });

describe('EventForm', () => {
  it('saves an edit with the aspects chosen and the version it was loaded at', async () => {
    const backend = fakeBackend({
      'PUT /api/events/e1': ({ body }) => jsonResponse({ ...event, ...(body as object) }),
    });
    vi.stubGlobal('fetch', backend);
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
    vi.stubGlobal(
      'fetch',
      fakeBackend({
        'PUT /api/events/e1': () =>
          problemResponse(412, { type: '/problems/stale-event', title: 'Event changed meanwhile' }),
      }),
    );
    const onReload = vi.fn();
    const onSaved = vi.fn();
    renderWithProviders(<EventForm event={event} etag={'"5-1"'} onSaved={onSaved} onReload={onReload} />);

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft deze bijeenkomst intussen gewijzigd');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    expect(onReload).toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
