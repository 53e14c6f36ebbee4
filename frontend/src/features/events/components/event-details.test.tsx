import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { jsonResponse, renderWithProviders, stubBackend } from '@/testing/test-utils';
import { EventDetails } from './event-details';
import { testEvent } from './test-event';

const event = testEvent({
  description: 'Een **avond**',
  descriptionHtml:
    '<p>Een <strong>avond</strong> met <a href="https://example.test/uitleg">uitleg</a></p><ul><li>een</li></ul><script>alert(1)</script>',
  seatsLeft: 12,
});

describe('EventDetails', () => {
  it('shows the description as formatted text, never as markup it does not allow', async () => {
    stubBackend({ 'GET /api/me/registrations': () => jsonResponse([]) });
    const { container } = renderWithProviders(
      <MemoryRouter>
        <EventDetails event={event} loggedIn />
      </MemoryRouter>,
    );

    expect(screen.getByText('avond', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'uitleg' })).toHaveAttribute('href', 'https://example.test/uitleg');
    expect(screen.getByRole('listitem')).toHaveTextContent('een');
    expect(container.querySelector('article script:not([type="application/ld+json"])')).toBeNull();
    expect(container.textContent).not.toContain('**');
    expect(await screen.findByRole('button', { name: 'Aanmelden' })).toBeInTheDocument();
  });

  it('offers an anonymous visitor the login, without asking for registrations nobody has', () => {
    const backend = stubBackend({});
    renderWithProviders(
      <MemoryRouter>
        <EventDetails event={event} loggedIn={false} />
      </MemoryRouter>,
    );

    expect(screen.getByRole('link', { name: 'Log in om u aan te melden' })).toBeInTheDocument();
    expect(backend).not.toHaveBeenCalled();
  });

  it('describes the event as schema.org data with its plain-text description and seats', () => {
    stubBackend({ 'GET /api/me/registrations': () => jsonResponse([]) });
    const { container } = renderWithProviders(
      <MemoryRouter>
        <EventDetails event={event} loggedIn />
      </MemoryRouter>,
    );

    const data = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<
      string,
      unknown
    >;
    expect(data['@type']).toBe('Event');
    expect(data.startDate).toBe('2030-03-30T17:30:00Z');
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data.remainingAttendeeCapacity).toBe(12);
    expect(data.description).toContain('Een avond met uitleg');
    expect(data.description).not.toContain('**');
  });
});
