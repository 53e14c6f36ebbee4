import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend, type FakeRequest } from '@/testing/test-utils';
import type { ArticleInput } from '../api/types';
import { aMe, anArticle, versioned } from '../testing/article-data';

let backend: ReturnType<typeof stubBackend>;
let onPut: (request: FakeRequest) => Response;

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
  onPut = (request) => versioned(anArticle({ title: (request.body as ArticleInput).title }), '"8-1"');
  backend = stubBackend({
    'GET /api/me': () => jsonResponse(aMe(['MEMBER', 'EXPERT'])),
    'GET /api/articles/id/a1': () => versioned(anArticle(), '"7-1"'),
    'PUT /api/articles/id/a1': (request) => onPut(request),
    'POST /api/articles/id/a1/submit': () =>
      versioned(anArticle({ state: 'SUBMITTED', submissions: 1, editable: false }), '"9-1"'),
    // The server renders and sanitises the preview; the app sanitises once more.
    'POST /api/articles/preview': (request) =>
      jsonResponse({
        html: `<p>${String((request.body as { body: string }).body).replace(/\*\*(.*)\*\*/, '<strong>$1</strong>')}</p><img src="x" onerror="alert(1)">`,
      }),
  });
});

describe('ArticleEditor', () => {
  it('shows a live preview of the Markdown, rendered by the server and never running script', async () => {
    renderApp('/mijn-artikelen/a1');
    const body = await screen.findByRole('textbox', { name: /^Tekst/ });
    await userEvent.clear(body);
    await userEvent.type(body, 'Ouders **samen**');
    const preview = await screen.findByTestId('article-preview');
    await waitFor(() => expect(preview.querySelector('strong')).toHaveTextContent('samen'));
    expect(preview.querySelector('img[onerror]')).toBeNull();
  });

  it('saves over the version it loaded, then submits that saved version', async () => {
    renderApp('/mijn-artikelen/a1');
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Ouders aan de keukentafel');
    await userEvent.click(screen.getByRole('button', { name: 'Indienen bij de redactie' }));

    expect(await screen.findByText('Ingediend. De redactie krijgt bericht.')).toBeInTheDocument();
    const [put] = requestsTo(backend, 'PUT', '/api/articles/id/a1');
    expect(put?.headers.get('If-Match')).toBe('"7-1"');
    expect(put?.headers.get('X-XSRF-TOKEN')).toBe('csrf-1');
    expect(put?.body).toMatchObject({ title: 'Ouders aan de keukentafel', partnerships: ['INFORMAL'] });
    const [submit] = requestsTo(backend, 'POST', '/api/articles/id/a1/submit');
    expect(submit?.headers.get('If-Match')).toBe('"8-1"');
    expect(screen.getByText(/Dit artikel is Ingediend/)).toBeInTheDocument();
  });

  it('says so when someone saved in between, and offers the latest version', async () => {
    onPut = () => problemResponse(412, { type: '/problems/stale-article' });
    renderApp('/mijn-artikelen/a1');
    await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft dit artikel intussen opgeslagen');
    expect(alert).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Nieuwste versie laden' })).toBeInTheDocument();
  });

  it('lists what the server refused, naming each field', async () => {
    onPut = () =>
      problemResponse(400, { type: '/problems/validation', errors: [{ field: 'references[0].url', code: 'invalid-format', message: 'must match "https?://\\S+"' }] });
    renderApp('/mijn-artikelen/a1');
    await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Bron toevoegen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Webadres van bron 1: Dit heeft niet de juiste vorm.');
    expect(screen.getByRole('textbox', { name: 'Webadres van bron 1' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a refused field the way every form does, also when submitting', async () => {
    onPut = () => problemResponse(400, { type: '/problems/validation', errors: [{ field: 'title', code: 'too-long', max: 200, message: 'too long' }] });
    renderApp('/mijn-artikelen/a1');
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Indienen bij de redactie' }));

    await expectSharedErrorPresentation({
      summaryTitle: /Niet opgeslagen/,
      label: 'Titel',
      message: 'Gebruik hoogstens 200 tekens.',
      control: title,
    });
    expect(requestsTo(backend, 'POST', '/api/articles/id/a1/submit')).toHaveLength(0);
  });
});
