import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { jsonResponse, renderApp } from '@/testing/test-utils';
import { aMe, problem } from '../testing/editor-data';

describe('the editor screens', () => {
  it('ask anonymous visitors to log in', async () => {
    vi.stubGlobal('fetch', fakeApi({ 'GET /api/me': () => problem(401) }));

    renderApp('/redactie/items/nieuw');

    expect(screen.getByRole('heading', { level: 1, name: 'Nieuw item' })).toBeInTheDocument();
    expect(await within(screen.getByRole('main')).findByRole('link', { name: 'Inloggen' })).toHaveAttribute(
      'href',
      '/oauth2/authorization/kennisportaal',
    );
    expect(screen.queryByRole('textbox', { name: /Titel/ })).not.toBeInTheDocument();
  });

  it('tell people without the editor role that they may not', async () => {
    vi.stubGlobal('fetch', fakeApi({ 'GET /api/me': () => jsonResponse(aMe(['MEMBER'])) }));

    renderApp('/redactie/items/abc', { language: 'en' });

    expect(await screen.findByText('Your account does not have the editor role this needs.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Edit item' })).toBeInTheDocument();
  });

  it('show editors their tools', async () => {
    vi.stubGlobal('fetch', fakeApi({ 'GET /api/me': () => jsonResponse(aMe()) }));

    renderApp('/redactie');

    expect(await screen.findByRole('link', { name: 'Nieuw item' })).toHaveAttribute('href', '/redactie/items/nieuw');
    expect(screen.getByRole('link', { name: 'Items importeren' })).toHaveAttribute('href', '/redactie/import');
    expect(screen.getByRole('link', { name: 'Zoekwoorden' })).toHaveAttribute('href', '/redactie/zoekwoorden');
  });
});
