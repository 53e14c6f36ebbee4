import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders, stubBackend } from '@/testing/test-utils';
import { aProfile, unauthenticatedProblem } from '../testing/profiles';
import { RequireUser } from './require-user';

function renderGate(requiredRole?: 'ADMIN') {
  return renderWithProviders(
    <RequireUser {...(requiredRole && { requiredRole })}>{(user) => <p>Welkom {user.displayName}</p>}</RequireUser>,
  );
}

describe('RequireUser', () => {
  it('asks a visitor to log in instead of showing the page', async () => {
    stubBackend({ 'GET /api/me': () => problemResponse(401, unauthenticatedProblem()) });

    renderGate();

    expect(await screen.findByRole('heading', { name: 'Inloggen vereist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/oauth2/authorization/kennisportaal');
    expect(screen.queryByText(/Welkom/)).not.toBeInTheDocument();
    // 401 is the ordinary "not logged in", not an error to report.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says it is checking while the answer is on its way', () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>(() => new Promise(() => {})));

    renderGate();

    expect(screen.getByRole('status')).toHaveTextContent('Inloggegevens worden gecontroleerd');
  });

  it('shows the page to a logged-in person', async () => {
    stubBackend({ 'GET /api/me': () => jsonResponse(aProfile()) });

    renderGate();

    expect(await screen.findByText('Welkom Olga Organisator')).toBeInTheDocument();
  });

  it('tells a logged-in person without the role that they are not allowed', async () => {
    stubBackend({ 'GET /api/me': () => jsonResponse(aProfile()) });

    renderGate('ADMIN');

    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByText(/Welkom/)).not.toBeInTheDocument();
  });

  it('shows the page to someone with the role', async () => {
    const bram = aProfile({ displayName: 'Bram Beheerder', roles: ['ADMIN', 'MEMBER'] });
    stubBackend({ 'GET /api/me': () => jsonResponse(bram) });

    renderGate('ADMIN');

    expect(await screen.findByText('Welkom Bram Beheerder')).toBeInTheDocument();
  });

  it('reports a failed check with a retry', async () => {
    stubBackend({ 'GET /api/me': () => problemResponse(500, { type: '/problems/internal', title: 'Internal error' }) });

    renderGate();

    expect(await screen.findByRole('alert')).toHaveTextContent('Fout aan onze kant');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});
