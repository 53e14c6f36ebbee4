import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { MemoryRouter } from 'react-router';
import { jsonResponse, renderWithProviders } from '@/testing/test-utils';
import { EventList } from './event-list';
import { testEvent } from './test-event';

let fetchMock: Mock<typeof fetch>;

const event = testEvent({ seatsLeft: 0, waitlisted: 3 });

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});

describe('EventList', () => {
  it('lists events with their seats and filters by province', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ total: 1, events: [event] }));

    renderWithProviders(
      <MemoryRouter>
        <EventList />
      </MemoryRouter>,
    );

    expect(await screen.findByRole('link', { name: 'Ouderavond Utrecht' })).toHaveAttribute('href', '/bijeenkomsten/e1');
    expect(screen.getByText('Vol: aanmelden zet u op de wachtlijst')).toBeInTheDocument();
    expect(screen.getByText('1 bijeenkomst')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Provincie'), 'UTRECHT');
    await userEvent.click(screen.getByRole('button', { name: 'Toon bijeenkomsten' }));

    await vi.waitFor(() => expect(String(fetchMock.mock.lastCall?.[0])).toBe('/api/events?region=UTRECHT'));
    expect(screen.getByRole('link', { name: 'Abonneer op deze agenda (iCalendar)' })).toHaveAttribute(
      'href',
      '/api/events/calendar.ics?region=UTRECHT',
    );
  });

  it('says how many seats are left in the singular for one seat', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ total: 2, events: [testEvent({ seatsLeft: 1 })] }));

    renderWithProviders(
      <MemoryRouter>
        <EventList />
      </MemoryRouter>,
    );

    expect(await screen.findByText('1 plaats vrij')).toBeInTheDocument();
    expect(screen.getByText('2 bijeenkomsten')).toBeInTheDocument();
  });
});
