import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aMe, problem } from '@/features/catalogue-editor/testing/editor-data';
import { fakeBackend, jsonResponse, renderApp } from '@/testing/test-utils';

function backendFor(me: () => Response) {
  return fakeBackend({ 'GET /api/me': me, 'GET /api/search': () => jsonResponse({ total: 0, items: [], facets: {}, nextCursor: null }) });
}

describe('the editorial pages', () => {
  it('ask anonymous visitors to log in', async () => {
    vi.stubGlobal('fetch', backendFor(() => problem(401)));

    renderApp('/redactie/items/nieuw');

    expect(screen.getByRole('heading', { level: 1, name: 'Nieuw item' })).toBeInTheDocument();
    expect(await within(screen.getByRole('main')).findByRole('link', { name: 'Inloggen' })).toHaveAttribute(
      'href',
      '/oauth2/authorization/kennisportaal',
    );
    expect(screen.queryByRole('textbox', { name: /Titel/ })).not.toBeInTheDocument();
  });

  it('tell people without the editor role that they may not, and leave the menu entry out', async () => {
    vi.stubGlobal('fetch', backendFor(() => jsonResponse(aMe(['MEMBER']))));

    renderApp('/redactie/items/abc', { language: 'en' });

    expect(await screen.findByText('Your account does not have the role this page needs.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Edit item' })).toBeInTheDocument();
    expect(document.title).toBe('Edit item | Kennisportaal Ouderbetrokkenheid');
    expect(within(screen.getByRole('navigation', { name: 'Main menu' })).queryByRole('link', { name: 'Editorial' })).toBeNull();
  });

  it('show editors their tools, reachable from the menu', async () => {
    vi.stubGlobal('fetch', backendFor(() => jsonResponse(aMe())));

    renderApp('/zoeken');
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    await userEvent.click(await within(menu).findByRole('link', { name: 'Redactie' }));

    expect(await screen.findByRole('link', { name: 'Nieuw item' })).toHaveAttribute('href', '/redactie/items/nieuw');
    expect(screen.getByRole('link', { name: 'Items importeren' })).toHaveAttribute('href', '/redactie/import');
    expect(screen.getByRole('link', { name: 'Zoekwoorden' })).toHaveAttribute('href', '/redactie/zoekwoorden');
  });

  it('give the authors’ and reviewers’ own pages the same frame: a login for visitors, a “may not” for other roles', async () => {
    vi.stubGlobal('fetch', backendFor(() => problem(401)));
    const anonymous = renderApp('/mijn-bijdragen/nieuw');
    expect(screen.getByRole('heading', { level: 1, name: 'Praktijkvoorbeeld of tool delen' })).toBeInTheDocument();
    expect(await within(screen.getByRole('main')).findByRole('link', { name: 'Inloggen' })).toBeInTheDocument();
    anonymous.unmount();

    vi.stubGlobal('fetch', backendFor(() => jsonResponse(aMe(['MEMBER']))));
    renderApp('/redactie/artikelen/a1');
    expect(await screen.findByText('Uw account heeft niet de rol die nodig is voor deze pagina.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Artikelen beoordelen' })).toBeInTheDocument();
  });
});
