import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders, stubBackend, type FakeRequest } from '@/testing/test-utils';
import type { Profile } from '../api/get-current-user';
import { aProfile } from '../testing/profiles';
import { UserTable } from './user-table';

const olga = aProfile();
const bram = aProfile({
  subject: 'admin',
  displayName: 'Bram Beheerder',
  email: 'bram.beheerder@demo.kennisportaal.test',
  roles: ['ADMIN', 'MEMBER'],
});
const marieke = aProfile({
  subject: 'member',
  displayName: 'Marieke Jansen',
  email: 'marieke.jansen@demo.kennisportaal.test',
  organisation: 'OBS De Regenboog',
  roles: ['MEMBER'],
});

function renderTable(path = '/beheer/gebruikers', language: 'nl' | 'en' = 'nl') {
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <UserTable />
    </MemoryRouter>,
    { language },
  );
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function usersBackend(users: Profile[], total = users.length, onGrant?: (request: FakeRequest) => Response) {
  const requests: FakeRequest[] = [];
  stubBackend({
    'GET /api/admin/users': (request) => {
      requests.push(request);
      return jsonResponse({ total, users });
    },
    [`PUT /api/admin/users/${marieke.subject}/roles`]: (request) => {
      requests.push(request);
      return onGrant
        ? onGrant(request)
        : jsonResponse({ ...marieke, roles: ['MEMBER', ...(request.body as { roles: string[] }).roles] });
    },
  });
  return requests;
}

describe('UserTable', () => {
  it('lists the users of the first page with their roles and ticks what they have', async () => {
    const requests = usersBackend([bram, marieke, olga]);

    renderTable();

    expect(await screen.findByRole('table', { name: 'Gebruikers met een account (3)' })).toBeInTheDocument();
    expect(requests[0]?.url.search).toBe('?page=0&size=20');
    const olgaRow = rowOf('Olga Organisator');
    expect(olgaRow).toHaveTextContent('olga.organisator@demo.kennisportaal.test');
    expect(olgaRow).toHaveTextContent('Lid, Organisator');
    const olgaRoles = within(olgaRow).getByRole('group', { name: 'Rollen voor Olga Organisator' });
    expect(within(olgaRoles).getByRole('checkbox', { name: 'Organisator' })).toBeChecked();
    expect(within(olgaRoles).getByRole('checkbox', { name: 'Beheerder' })).not.toBeChecked();
    expect(within(rowOf('Marieke Jansen')).getByText('OBS De Regenboog')).toBeInTheDocument();
    expect(within(rowOf('Bram Beheerder')).getByRole('checkbox', { name: 'Beheerder' })).toBeChecked();
    // One page only: no pagination.
    expect(screen.queryByRole('navigation', { name: 'Paginering' })).not.toBeInTheDocument();
  });

  it('saves the ticked roles for one person and says when they take effect', async () => {
    const requests = usersBackend([marieke, olga]);
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    renderTable();
    await screen.findByRole('rowheader', { name: 'Marieke Jansen' });
    const row = rowOf('Marieke Jansen');

    await userEvent.click(within(row).getByRole('checkbox', { name: 'Expert' }));
    await userEvent.click(within(row).getByRole('checkbox', { name: 'Redacteur' }));
    await userEvent.click(within(row).getByRole('button', { name: 'Opslaan: rollen van Marieke Jansen' }));

    expect(await within(row).findByRole('status')).toHaveTextContent('Opgeslagen. De rollen gelden direct.');
    const grant = requests.find((request) => request.method === 'PUT');
    expect(grant?.body).toEqual({ roles: ['EXPERT', 'EDITOR'] });
    expect(grant?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(row).toHaveTextContent('Lid, Expert, Redacteur');
    expect(within(rowOf('Olga Organisator')).getByRole('status')).toBeEmptyDOMElement();
  });

  it('says so when a role stays because the identity provider gives it', async () => {
    const markedAdmin = { ...marieke, roles: ['MEMBER', 'ADMIN'] };
    usersBackend([markedAdmin], 1, () => jsonResponse(markedAdmin));
    renderTable('/beheer/gebruikers', 'en');
    await screen.findByRole('rowheader', { name: 'Marieke Jansen' });
    const row = rowOf('Marieke Jansen');

    await userEvent.click(within(row).getByRole('checkbox', { name: 'Administrator' }));
    await userEvent.click(within(row).getByRole('button', { name: 'Save: roles of Marieke Jansen' }));

    expect(await within(row).findByRole('status')).toHaveTextContent(
      'Role from the identity provider, cannot be withdrawn here: Administrator.',
    );
    expect(within(row).getByRole('checkbox', { name: 'Administrator' })).toBeChecked();
  });

  it('shows a failed save in the row', async () => {
    usersBackend([marieke], 1, () => problemResponse(403, { type: '/problems/forbidden', title: 'Not allowed' }));
    renderTable();
    await screen.findByRole('rowheader', { name: 'Marieke Jansen' });
    const row = rowOf('Marieke Jansen');

    await userEvent.click(within(row).getByRole('button', { name: 'Opslaan: rollen van Marieke Jansen' }));

    expect(await within(row).findByRole('alert')).toHaveTextContent('Niet toegestaan');
  });

  it('pages through the users with the page in the address', async () => {
    const requests = usersBackend([marieke], 45);

    renderTable('/beheer/gebruikers?pagina=2');

    const pagination = await screen.findByRole('navigation', { name: 'Paginering' });
    expect(requests[0]?.url.search).toBe('?page=1&size=20');
    expect(pagination).toHaveTextContent('Pagina 2 van 3');
    const previous = within(pagination).getByRole('link', { name: 'Vorige pagina' });
    expect(previous).toHaveAttribute('href', '/beheer/gebruikers?pagina=1');
    await userEvent.click(within(pagination).getByRole('link', { name: 'Volgende pagina' }));

    expect(await within(pagination).findByText('Pagina 3 van 3')).toBeInTheDocument();
    expect(requests.at(-1)?.url.search).toBe('?page=2&size=20');
    expect(within(pagination).queryByRole('link', { name: 'Volgende pagina' })).not.toBeInTheDocument();
  });

  it('reports a failure to load the users', async () => {
    stubBackend({ 'GET /api/admin/users': () => problemResponse(403, { type: '/problems/forbidden', title: 'Not allowed' }) });

    renderTable();

    expect(await screen.findByRole('alert')).toHaveTextContent('Niet toegestaan');
  });
});
