import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { aModel, someResults } from '../testing/balance-data';
import type { ScanRequest } from '../api/types';

const DRAFT = 'kennisportaal.balansscan';

afterEach(() => window.localStorage.clear());

function backend(me: () => Response) {
  return fakeBackend({
    'GET /api/me': me,
    'GET /api/model': () => jsonResponse(aModel()),
    'POST /api/balance/results': () => jsonResponse(someResults()),
    'POST /api/balance/scans': ({ body }) =>
      jsonResponse({ id: 'scan-1', savedAt: '2025-06-01T10:00:00Z', answers: (body as ScanRequest).answers, results: someResults() }, { status: 201 }),
  });
}

describe('the balance scan', () => {
  // The whole scan form (150 answer buttons) renders with the page: slow in jsdom on a busy machine, not in a browser.
  it('lets a visitor answer per partnership, keeps the answers in the browser and shows the results in words', async () => {
    const fake = backend(() => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fake);
    renderApp('/balansscan');

    const informal = await screen.findByRole('group', { name: 'Informeel partnerschap' });
    expect(screen.getAllByRole('radio')).toHaveLength(150);
    const question = within(informal).getByRole('group', { name: 'Communicatie: Vraag INFORMAL COMMUNICATION?' });
    await userEvent.click(within(question).getByRole('radio', { name: 'We beginnen' }));
    const societal = screen.getByRole('group', { name: 'Maatschappelijk partnerschap' });
    await userEvent.click(
      within(within(societal).getByRole('group', { name: 'Gebouw: Vraag SOCIETAL BUILDING?' })).getByRole('radio', {
        name: 'Nog niet',
      }),
    );
    const notes = screen.getAllByRole('textbox', { name: /Notitie bij Gebouw/ });
    await userEvent.click(notes[4] as HTMLElement);
    await userEvent.paste('Plein is dicht');

    expect(JSON.parse(window.localStorage.getItem(DRAFT) ?? '[]')).toEqual(
      expect.arrayContaining([
        { partnership: 'INFORMAL', aspect: 'COMMUNICATION', level: 'STARTING', note: null },
        { partnership: 'SOCIETAL', aspect: 'BUILDING', level: 'NOT_YET', note: 'Plein is dicht' },
      ]),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Toon de uitkomst' }));

    const heatMap = await screen.findByRole('table', { name: /Het model/ });
    expect(within(heatMap).getAllByRole('rowheader')).toHaveLength(5);
    expect(within(heatMap).getAllByRole('cell').filter((cell) => cell.textContent?.includes('We zijn op weg'))).toHaveLength(30);
    const perAspect = screen.getByRole('table', { name: 'Balans per aspect' });
    expect(within(within(perAspect).getByRole('row', { name: /Gebouw/ })).getByText('2,2 van 4')).toBeInTheDocument();
    const weakest = screen.getByRole('region', { name: 'De drie zwakste cellen' });
    expect(weakest).toHaveTextContent('Maatschappelijk partnerschap × Gebouw score 1,0 (Nog niet)');
    expect(screen.getByRole('link', { name: 'Het schoolplein open voor de buurt' })).toHaveAttribute('href', '/items/schoolplein-open');
    expect(screen.getByRole('link', { name: 'Karim El Idrissi' })).toHaveAttribute('href', '/experts/karim-el-idrissi');

    const sent = requestsTo(fake, 'POST', '/api/balance/results')[0]?.body as ScanRequest;
    expect(sent.answers).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Inloggen om te bewaren' })).toHaveAttribute('href', '/oauth2/authorization/kennisportaal');
    expect(requestsTo(fake, 'POST', '/api/balance/scans')).toHaveLength(0);
  });

  it('saves the answers a visitor left in the browser once they are logged in, and forgets the draft', async () => {
    window.localStorage.setItem(DRAFT, JSON.stringify([{ partnership: 'FORMAL', aspect: 'ICT', level: 'UNDERWAY', note: 'Website' }]));
    const fake = backend(() => jsonResponse({ subject: 'member', displayName: 'Marieke Jansen', roles: ['MEMBER'] }));
    vi.stubGlobal('fetch', fake);
    renderApp('/balansscan');

    const formal = await screen.findByRole('group', { name: 'Formeel partnerschap' });
    expect(within(within(formal).getByRole('group', { name: /^ICT:/ })).getByRole('radio', { name: 'We zijn op weg' })).toBeChecked();
    await userEvent.click(await screen.findByRole('button', { name: 'Scan opslaan' }));

    expect(await screen.findByText('Uw scan is bewaard.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bekijk de bewaarde scan' })).toHaveAttribute('href', '/balansscan/scans/scan-1');
    expect(requestsTo(fake, 'POST', '/api/balance/scans')[0]?.body).toEqual({
      answers: [{ partnership: 'FORMAL', aspect: 'ICT', level: 'UNDERWAY', note: 'Website' }],
    });
    expect(window.localStorage.getItem(DRAFT)).toBeNull();
  });

  it('asks the questions and names the weakest cells in English for an English reader', async () => {
    vi.stubGlobal('fetch', backend(() => new Response(null, { status: 204 })));
    renderApp('/balansscan', { language: 'en' });

    const informal = await screen.findByRole('group', { name: 'Informal partnership' });
    const question = within(informal).getByRole('group', { name: 'Communication: Question INFORMAL COMMUNICATION?' });
    await userEvent.click(within(question).getByRole('radio', { name: 'Not yet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show the results' }));

    const weakest = await screen.findByRole('region', { name: 'The three weakest cells' });
    const named = within(weakest).getByText('Question SOCIETAL BUILDING?');
    expect(named).toHaveAttribute('lang', 'en');
  });

  it('shows a refusal in the reader’s language', async () => {
    stubBackend({
      'GET /api/me': () => new Response(null, { status: 204 }),
      'GET /api/model': () => jsonResponse(aModel()),
      'POST /api/balance/results': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'region', code: 'unknown-code', message: 'x' }] }),
    });
    renderApp('/balansscan', { language: 'en' });

    await userEvent.click(await screen.findByRole('button', { name: 'Show the results' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('region'));
  });
});
