import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, renderApp, requestsTo, stubBackend, type FakeRequest } from '@/testing/test-utils';
import type { ItemInput } from '../api/types';
import { aMe, anEditableItem, problem, versionedResponse } from '../testing/editor-data';

let backend: ReturnType<typeof stubBackend>;
let onPut: (request: FakeRequest) => Response;
let onUpload: (request: FakeRequest) => Response;

const bodyOf = (request: FakeRequest) => request.body as ItemInput;

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
  onPut = (request) => versionedResponse({ ...anEditableItem(), title: bodyOf(request).title }, '"8-1"');
  backend = stubBackend({
    'GET /api/me': () => jsonResponse(aMe()),
    'GET /api/items/id/c0ffee': () => versionedResponse(anEditableItem(), '"7-1"'),
    'PUT /api/items/c0ffee': (request) => onPut(request),
    'POST /api/items/c0ffee/files': (request) => onUpload(request),
    'POST /api/items/c0ffee/unpublish': () => versionedResponse(anEditableItem({ published: false }), '"9-1"'),
    'DELETE /api/items/c0ffee': () => new Response(null, { status: 204 }),
    'GET /api/items/ouderkamer-in-de-wijk': () => jsonResponse({ ...anEditableItem(), bodyHtml: '' }),
    'GET /api/items/ouderkamer-in-de-wijk/related': () => jsonResponse({ items: [] }),
  });
});

async function openEditor() {
  const app = renderApp('/redactie/items/c0ffee');
  const title = await screen.findByRole('textbox', { name: /^Titel/ });
  return { ...app, title };
}

describe('ItemEditor', () => {
  it('fills the form with the item and saves over the version it loaded, with the CSRF header', async () => {
    const { title } = await openEditor();
    expect(screen.getByRole('heading', { level: 1, name: 'Bewerken: Ouderkamer in de wijk' })).toBeInTheDocument();
    expect(title).toHaveValue('Ouderkamer in de wijk');
    expect(screen.getByRole('textbox', { name: /^Tekst/ })).toHaveValue('Ouders **ontmoeten** elkaar.');
    expect(within(screen.getByRole('group', { name: /Partnerschappen/ })).getByRole('checkbox', { name: 'Informeel partnerschap' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /Regio/ })).toHaveValue('UTRECHT');

    await userEvent.clear(title);
    await userEvent.type(title, 'Ouderkamer in de buurt');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    const [put] = requestsTo(backend, 'PUT', '/api/items/c0ffee');
    expect(put?.headers.get('If-Match')).toBe('"7-1"');
    expect(put?.headers.get('X-XSRF-TOKEN')).toBe('csrf-1');
    expect(bodyOf(put!)).toMatchObject({
      title: 'Ouderkamer in de buurt',
      externalId: 'demo-0001',
      partnerships: ['INFORMAL'],
      author: null,
      published: true,
      demo: true,
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Bewerken: Ouderkamer in de buurt' })).toBeInTheDocument();

    // The next save sends the version the last one gave back.
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(requestsTo(backend, 'PUT', '/api/items/c0ffee')).toHaveLength(2));
    expect(requestsTo(backend, 'PUT', '/api/items/c0ffee')[1]?.headers.get('If-Match')).toBe('"8-1"');
  });

  it('keeps what the editor typed when someone else saved first, until they reload', async () => {
    onPut = () => problem(412, { title: 'Item changed meanwhile' });
    const { title } = await openEditor();

    await userEvent.type(title, ' (nieuw)');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft dit item intussen gewijzigd');
    expect(alert).toHaveFocus();
    expect(title).toHaveValue('Ouderkamer in de wijk (nieuw)');

    await userEvent.click(within(alert).getByRole('button', { name: 'Nieuwste versie laden' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Ouderkamer in de wijk'));
    expect(requestsTo(backend, 'GET', '/api/items/id/c0ffee')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the fields the backend refused beside them and in a summary that takes the focus', async () => {
    onPut = () =>
      problem(400, {
        type: '/problems/validation',
        title: 'Invalid request',
        errors: [
          { field: 'links[0].url', code: 'invalid-format', message: 'must match "https?://\\S+"' },
          { field: 'sectors', code: 'required', message: 'must not be empty' },
          { field: 'title', code: 'required', message: 'must not be blank' },
        ],
      });
    const { title } = await openEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Link toevoegen' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Titel van link 1' }), 'Handreiking');

    await userEvent.clear(title);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Titel: Dit is verplicht.',
      'Sectoren: Dit is verplicht.',
      'Adres (URL) van link 1: Dit heeft niet de juiste vorm.',
    ]);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Fout: Dit is verplicht.');
    expect(screen.getByRole('group', { name: /Sectoren/ })).toHaveAccessibleDescription('Fout: Dit is verplicht.');

    await userEvent.click(within(summary).getByRole('link', { name: /Adres \(URL\) van link 1/ }));
    expect(screen.getByRole('textbox', { name: 'Adres (URL) van link 1' })).toHaveFocus();
  });

  it('unpublishes with the current version and deletes after a confirmation', async () => {
    const { router } = await openEditor();

    await userEvent.click(screen.getByRole('button', { name: 'Publicatie intrekken' }));

    expect(await screen.findByText('Het item is niet meer gepubliceerd.')).toBeInTheDocument();
    expect(requestsTo(backend, 'POST', '/api/items/c0ffee/unpublish')[0]?.headers.get('If-Match')).toBe('"7-1"');
    expect(screen.getByRole('button', { name: 'Publiceren' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    const confirm = screen.getByRole('group', { name: /Weet u zeker/ });
    expect(within(confirm).getByRole('button', { name: 'Ja, verwijderen' })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, verwijderen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/redactie'));
    expect(await screen.findByText('Het item “Ouderkamer in de wijk” is verwijderd.')).toBeInTheDocument();
    expect(requestsTo(backend, 'DELETE', '/api/items/c0ffee')).toHaveLength(1);
  });

  it('is reached from the item page by editors', async () => {
    const { router } = renderApp('/items/ouderkamer-in-de-wijk');

    await userEvent.click(await screen.findByRole('link', { name: 'Dit item bewerken' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/redactie/items/c0ffee'));
  });

  it('uploads a file by keyboard, lists it, and saves over the version the upload answered with', async () => {
    const pdf = { id: 'f1', name: 'Handreiking.pdf', contentType: 'application/pdf', size: 250_000, pages: 12, url: '/api/items/ouderkamer-in-de-wijk/files/f1' };
    onUpload = () => versionedResponse({ ...anEditableItem(), attachments: [pdf] }, '"10-1"', 201);
    await openEditor();
    expect(screen.getByText('Nog geen bestanden.')).toBeInTheDocument();

    const input = screen.getByLabelText('Bestand toevoegen');
    await userEvent.upload(input, new File(['%PDF-1.4'], 'Handreiking.pdf', { type: 'application/pdf' }));
    screen.getByRole('button', { name: 'Uploaden' }).focus();
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('Handreiking.pdf is toegevoegd.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Handreiking.pdf downloaden' })).toHaveAttribute('href', pdf.url);
    expect(screen.getByText(/PDF, 244 kB, 12 pagina’s/)).toBeInTheDocument();
    const [post] = requestsTo(backend, 'POST', '/api/items/c0ffee/files');
    expect(post?.rawBody).toBeInstanceOf(FormData);
    expect((post?.rawBody as FormData).get('file')).toBeInstanceOf(File);
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('csrf-1');

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    expect(requestsTo(backend, 'PUT', '/api/items/c0ffee')[0]?.headers.get('If-Match')).toBe('"10-1"');
  });

  it('says in Dutch why a file was refused, naming the field by its label', async () => {
    onUpload = () =>
      problem(400, {
        type: '/problems/validation',
        errors: [{ field: 'file', code: 'unsupported-type', message: 'files of type text/html are not accepted' }],
      });
    await openEditor();

    await userEvent.upload(screen.getByLabelText('Bestand toevoegen'), new File(['<html>'], 'rapport.pdf'));
    await userEvent.click(screen.getByRole('button', { name: 'Uploaden' }));

    expect(await screen.findByText(/Dit soort bestand kan hier niet/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/Bestand/);
    expect(screen.getByText('Nog geen bestanden.')).toBeInTheDocument();
  });
});
