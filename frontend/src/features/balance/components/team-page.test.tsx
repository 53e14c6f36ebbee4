import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBackend, jsonResponse, renderApp, requestsTo } from '@/testing/test-utils';
import { aModel, aTeam } from '../testing/balance-data';
import type { TeamView } from '../api/types';

function backend(team: TeamView) {
  return fakeBackend({
    'GET /api/me': () => jsonResponse({ subject: 'member', displayName: 'Marieke Jansen', roles: ['MEMBER'] }),
    'GET /api/model': () => jsonResponse(aModel()),
    'GET /api/balance/teams/team-1': () => jsonResponse(team),
    'POST /api/balance/teams/team-1/actions': () =>
      jsonResponse({ id: 'a1', partnership: 'SOCIETAL', aspect: 'BUILDING', text: 'x', due: '2030-01-01', done: false, version: '"1-1"' }, { status: 201 }),
  });
}

describe('the team page', () => {
  it('shows the owner the invite link, who has not answered, the spread, the change and where colleagues disagree', async () => {
    vi.stubGlobal('fetch', backend(aTeam()));
    renderApp('/balansscan/teams/team-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Basisschool De Linde' })).toBeInTheDocument();
    expect(screen.getByText(/3 leden, ronde 2\. 1 lid heeft nog niet ingevuld\./)).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: 'Uitnodigingslink' }) as HTMLInputElement).value).toMatch(
      /\/balansscan\/teams\/team-1\/deelnemen\?code=geheim-token$/,
    );
    const members = screen.getByRole('table', { name: 'Leden en wie al heeft ingevuld' });
    expect(within(within(members).getByRole('row', { name: /Lid 3/ })).getByText('Nog niet')).toBeInTheDocument();
    const heatMap = screen.getByRole('table', { name: /Het model/ });
    const cell = within(heatMap).getByText('Spreiding 1,5').closest('td');
    expect(cell).toHaveTextContent('+0,5 sinds vorige ronde');
    expect(screen.getByRole('region', { name: 'Waar collega’s het meest verschillen' })).toHaveTextContent(
      'Informeel partnerschap × Cultuur gemiddeld 2,5, spreiding 1,5',
    );
    expect(screen.getByRole('button', { name: 'Nieuwe ronde beginnen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download de resultaten als PDF' })).toHaveAttribute(
      'href',
      '/api/balance/teams/team-1/report.pdf',
    );
  });

  // The whole scan form (150 answer buttons) renders with the page: slow in jsdom on a busy machine, not in a browser.
  it('shows a colleague no names and adds their action for the weakest cell', async () => {
    const fake = backend(aTeam({ owner: false, members: [], inviteToken: undefined, memberId: 'm-2' }));
    vi.stubGlobal('fetch', fake);
    renderApp('/balansscan/teams/team-1');

    // Text and label queries: role queries over the 150 answer buttons of the form are slow in jsdom.
    await screen.findByText('Basisschool De Linde', { selector: 'h1' });
    expect(screen.queryByLabelText('Uitnodigingslink')).toBeNull();
    expect(screen.queryByText('Leden en wie al heeft ingevuld')).toBeNull();
    expect(screen.queryByText('Lid 3')).toBeNull();
    expect(screen.queryByText('Nieuwe ronde beginnen')).toBeNull();
    expect(screen.queryByLabelText('Eigenaar')).toBeNull();

    await userEvent.click(screen.getByLabelText('Actie'));
    await userEvent.paste('Schoolplein na schooltijd open');
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2030-01-01' } });
    await userEvent.click(screen.getByText('Actie toevoegen', { selector: 'button' }));

    await vi.waitFor(() => expect(requestsTo(fake, 'POST', '/api/balance/teams/team-1/actions')).toHaveLength(1));
    expect(requestsTo(fake, 'POST', '/api/balance/teams/team-1/actions')[0]?.body).toEqual({
      partnership: 'SOCIETAL',
      aspect: 'BUILDING',
      text: 'Schoolplein na schooltijd open',
      ownerId: null,
      due: '2030-01-01',
    });
  });
});
