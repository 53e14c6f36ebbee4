import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderApp, stubBackend } from '@/testing/test-utils';
import type { SchoolPage } from '../api/types';
import { aSchool } from '../testing/isop-data';

function aSchoolPage(overrides: Partial<SchoolPage> = {}): SchoolPage {
  return {
    ...aSchool(),
    label: { awardedAt: '2026-06-01', validUntil: '2029-06-01', valid: true },
    researchConsent: false,
    practice: [{ id: 'i1', slug: 'ouderkamer', type: 'PRACTICE_EXAMPLE', title: 'Ouderkamer', summary: 'Elke week koffie.' }],
    events: [{ id: 'e1', title: 'Ouderavond', startsAt: '2027-01-20T18:30:00Z', city: 'Utrecht' }],
    ...overrides,
  };
}

describe('a school’s public page', () => {
  it('shows the practice examples and events the school shares as cards that link to them', async () => {
    stubBackend({
      'GET /api/me': () => new Response(null, { status: 204 }),
      'GET /api/isop/schools/de-vlinderboom': () => jsonResponse(aSchoolPage()),
    });
    renderApp('/isop/de-vlinderboom');

    const practice = await screen.findByRole('region', { name: 'Gedeelde praktijkvoorbeelden' });
    expect(within(practice).getByRole('link', { name: 'Ouderkamer' })).toHaveAttribute('href', '/items/ouderkamer');
    expect(within(practice).getByText('Praktijkvoorbeeld')).toBeInTheDocument();
    expect(within(practice).getByText('Elke week koffie.')).toBeInTheDocument();
    const events = screen.getByRole('region', { name: 'Komende bijeenkomsten' });
    expect(within(events).getByRole('link', { name: 'Ouderavond' })).toHaveAttribute('href', '/bijeenkomsten/e1');
    expect(within(events).getByText(/, Utrecht$/)).toBeInTheDocument();
  });

  it('says so when the school shares nothing yet', async () => {
    stubBackend({
      'GET /api/me': () => new Response(null, { status: 204 }),
      'GET /api/isop/schools/de-vlinderboom': () => jsonResponse(aSchoolPage({ practice: [], events: [] })),
    });
    renderApp('/isop/de-vlinderboom');

    const practice = await screen.findByRole('region', { name: 'Gedeelde praktijkvoorbeelden' });
    expect(within(practice).getByText('Deze school heeft nog geen praktijkvoorbeelden gedeeld.')).toBeInTheDocument();
    expect(within(practice).queryByRole('list')).toBeNull();
    const events = screen.getByRole('region', { name: 'Komende bijeenkomsten' });
    expect(within(events).getByText('Geen komende bijeenkomsten.')).toBeInTheDocument();
  });
});
