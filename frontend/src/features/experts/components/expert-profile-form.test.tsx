import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend, type FakeRequest } from '@/testing/test-utils';
import type { Expert, ExpertInput } from '../api/types';

const unlisted: Expert = {
  slug: 'esther-expert',
  name: 'Esther Expert',
  photoUrl: null,
  bio: 'Onderzoeker.',
  partnerships: ['FORMAL'],
  aspects: [],
  sectors: ['EDUCATION'],
  region: null,
  organisation: null,
  listed: false,
  demo: false,
};

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
  backend = stubBackend({
    'GET /api/me': () => jsonResponse({ subject: 'person-1', displayName: 'Esther Expert', roles: ['MEMBER', 'EXPERT'] }),
    'GET /api/experts/me': () => jsonResponse(unlisted),
    'PUT /api/experts/me': (request: FakeRequest) => jsonResponse({ ...unlisted, ...(request.body as ExpertInput) }),
  });
});

describe('ExpertProfileForm', () => {
  it('leaves the expert out of the directory until they tick the box, and sends their choice', async () => {
    renderApp('/mijn-artikelen/profiel');
    const listed = await screen.findByRole('checkbox', { name: 'Toon mij in de expertgids' });
    expect(listed).not.toBeChecked();

    await userEvent.click(listed);
    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByText('Uw profiel is opgeslagen.')).toBeInTheDocument();
    const [put] = requestsTo(backend, 'PUT', '/api/experts/me');
    expect(put?.body).toMatchObject({ listed: true, bio: 'Onderzoeker.', partnerships: ['FORMAL'] });
    expect(screen.getByRole('checkbox', { name: 'Toon mij in de expertgids' })).toBeChecked();
  });

  it('labels the choice in English too', async () => {
    renderApp('/mijn-artikelen/profiel', { language: 'en' });
    expect(await screen.findByRole('checkbox', { name: 'Show me in the experts directory' })).not.toBeChecked();
  });

  it('shows a refused field the way every form does', async () => {
    stubBackend({
      'GET /api/me': () => jsonResponse({ subject: 'person-1', displayName: 'Esther Expert', roles: ['MEMBER', 'EXPERT'] }),
      'GET /api/experts/me': () => jsonResponse(unlisted),
      'PUT /api/experts/me': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'sectors[0]', code: 'unknown-code', message: 'unknown sector' }] }),
    });
    renderApp('/mijn-artikelen/profiel');

    await userEvent.click(await screen.findByRole('button', { name: 'Profiel opslaan' }));

    await expectSharedErrorPresentation({
      summaryTitle: /Uw profiel is niet opgeslagen/,
      label: 'Sectoren',
      message: 'Kies een van de aangeboden waarden.',
      control: screen.getByRole('group', { name: 'Sectoren' }),
    });
  });
});
