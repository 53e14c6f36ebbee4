import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aProfile, unauthenticatedProblem } from '@/features/identity/testing/profiles';
import { jsonResponse, problemResponse, renderApp, stubBackend } from '@/testing/test-utils';

const anonymous = () => problemResponse(401, unauthenticatedProblem());
const olga = aProfile({ organisation: 'Kinderopvang Zonnestraal', sector: 'CHILDCARE', region: 'GRONINGEN' });
const bram = aProfile({ subject: 'admin', displayName: 'Bram Beheerder', roles: ['ADMIN', 'MEMBER'] });

describe('logging in and the pages that need it', () => {
  it('shows a visitor the login button and no administration menu', async () => {
    stubBackend({ 'GET /api/me': anonymous });

    renderApp('/');

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Inloggen' })).toHaveAttribute(
      'href',
      '/oauth2/authorization/kennisportaal',
    );
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
  });

  it('shows an administrator the "Beheer" menu entry leading to the user administration', async () => {
    stubBackend({
      'GET /api/me': () => jsonResponse(bram),
      'GET /api/admin/users': () => jsonResponse({ total: 1, users: [bram] }),
    });
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });

    await userEvent.click(await within(nav).findByRole('link', { name: 'Beheer' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Gebruikers beheren' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Gebruikers met een account (1)' })).toBeInTheDocument();
    expect(document.title).toBe('Gebruikers beheren | Kennisportaal Ouderbetrokkenheid');
  });

  it('tells someone without the administrator role that the administration is not for them', async () => {
    const fetchMock = stubBackend({ 'GET /api/me': () => jsonResponse(olga) });

    renderApp('/beheer/gebruikers', { language: 'en' });

    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain('/api/admin/users?page=0&size=20');
  });

  it('asks a visitor of the profile page to log in', async () => {
    stubBackend({ 'GET /api/me': anonymous });

    renderApp('/profiel');

    expect(screen.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Inloggen vereist' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Organisatie')).not.toBeInTheDocument();
  });

  it('opens the profile from the name in the header and shows who is logged in', async () => {
    stubBackend({ 'GET /api/me': () => jsonResponse(olga) });
    renderApp('/');

    await userEvent.click(await within(screen.getByRole('banner')).findByRole('link', { name: 'Olga Organisator' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Uw gegevens' });
    expect(details).toHaveTextContent('Olga Organisator');
    expect(details).toHaveTextContent('olga.organisator@demo.kennisportaal.test');
    expect(details).toHaveTextContent('Lid, Organisator');
    expect(screen.getByLabelText('Organisatie')).toHaveValue('Kinderopvang Zonnestraal');
    expect(screen.getByLabelText('Regio')).toHaveDisplayValue('Groningen');
    expect(document.title).toBe('Mijn profiel | Kennisportaal Ouderbetrokkenheid');
  });

  it('saves the profile edited on the profile page', async () => {
    stubBackend({
      'GET /api/me': () => jsonResponse(olga),
      'PUT /api/me/profile': (request) => jsonResponse({ ...olga, ...(request.body as object) }),
    });
    renderApp('/profiel');
    const organisation = await screen.findByLabelText('Organisatie');

    await userEvent.clear(organisation);
    await userEvent.type(organisation, 'Brede school Noord');
    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByText('Uw profiel is opgeslagen.')).toBeInTheDocument();
    expect(organisation).toHaveValue('Brede school Noord');
  });

  it('returns home logged out after deleting the account, and says the account is gone', async () => {
    let deleted = false;
    stubBackend({
      'GET /api/me': () => (deleted ? anonymous() : jsonResponse(olga)),
      'DELETE /api/me': () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/profiel');

    await userEvent.click(await screen.findByRole('button', { name: 'Account verwijderen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijder mijn account' }));

    const welcome = 'Welkom bij het Kennisportaal Ouderbetrokkenheid';
    expect(await screen.findByRole('heading', { level: 1, name: welcome })).toBeInTheDocument();
    expect(screen.getByText(/Uw account en al uw gegevens zijn verwijderd\./)).toHaveAttribute('role', 'status');
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Inloggen' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByText('Olga Organisator')).not.toBeInTheDocument();
  });
});
