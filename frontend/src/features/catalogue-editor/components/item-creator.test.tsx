import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import type { ItemInput } from '../api/types';
import { aMe, anEditableItem, versionedResponse } from '../testing/editor-data';

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  backend = stubBackend({
    'GET /api/me': () => jsonResponse(aMe()),
    'POST /api/items': () => versionedResponse(anEditableItem({ id: 'new-1', title: 'Koffieochtend' }), '"0-1"', 201),
    'GET /api/items/id/new-1': () => versionedResponse(anEditableItem({ id: 'new-1', title: 'Koffieochtend' }), '"0-1"'),
  });
});

describe('ItemCreator', () => {
  it('creates an item from the form and continues on its edit page', async () => {
    const { router } = renderApp('/redactie/items/nieuw');

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^Soort/ }), 'TOOL');
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Koffieochtend');
    await userEvent.type(screen.getByRole('textbox', { name: /^Samenvatting/ }), 'Elke vrijdag koffie met ouders.');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tekst/ }), '## Aanpak');
    await userEvent.click(within(screen.getByRole('group', { name: /Partnerschappen/ })).getByRole('checkbox', { name: 'Informeel partnerschap' }));
    await userEvent.click(within(screen.getByRole('group', { name: /Sectoren/ })).getByRole('checkbox', { name: 'Opvang' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Regio/ }), 'ZEELAND');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Direct publiceren' }));
    await userEvent.click(screen.getByRole('button', { name: 'Item aanmaken' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/redactie/items/new-1'));
    expect(await screen.findByText('Het item is aangemaakt.')).toBeInTheDocument();
    const body = requestsTo(backend, 'POST', '/api/items')[0]?.body as ItemInput;
    expect(body).toEqual({
      externalId: null,
      type: 'TOOL',
      title: 'Koffieochtend',
      summary: 'Elke vrijdag koffie met ouders.',
      body: '## Aanpak',
      partnerships: ['INFORMAL'],
      aspects: [],
      sectors: ['CHILDCARE'],
      region: 'ZEELAND',
      organisation: null,
      author: null,
      links: [],
      licence: null,
      language: 'nl',
      publishedAt: null,
      published: false,
      demo: false,
    });
  });

  it('shows a refused field the way every form does', async () => {
    stubBackend({
      'GET /api/me': () => jsonResponse(aMe()),
      'POST /api/items': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'partnerships', code: 'required', message: 'must not be empty' }] }),
    });
    renderApp('/redactie/items/nieuw');

    await userEvent.click(await screen.findByRole('button', { name: 'Item aanmaken' }));

    await expectSharedErrorPresentation({
      summaryTitle: /Het item is niet opgeslagen/,
      label: 'Partnerschappen',
      message: 'Dit is verplicht.',
      control: screen.getByRole('group', { name: /Partnerschappen/ }),
    });
  });
});
