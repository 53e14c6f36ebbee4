import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, renderWithProviders, requestsTo, stubBackend } from '@/testing/test-utils';
import { ItemReactions } from './item-reactions';

let backend: ReturnType<typeof stubBackend>;
let replies: unknown[];

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
  replies = [
    {
      id: 'r1',
      item: 'i1',
      authorName: 'Ada',
      bodyHtml: '<p>Wij deden dit <strong>ook</strong>.</p><img src="x" onerror="alert(1)">',
      state: 'VISIBLE',
      createdAt: '2025-04-01T10:00:00Z',
      mine: false,
    },
  ];
  backend = stubBackend({
    'GET /api/me': () => jsonResponse({ subject: 'member-1', displayName: 'Mila Lid', roles: ['MEMBER'] }),
    'GET /api/reactions/i1': () => jsonResponse({ item: 'i1', used: 2, useful: 0, mine: ['USED'] }),
    'DELETE /api/reactions/i1/used': () => jsonResponse({ item: 'i1', used: 1, useful: 0, mine: [] }),
    'GET /api/replies': () => jsonResponse({ replies }),
    'POST /api/replies': () => jsonResponse({}, { status: 201 }),
    'POST /api/replies/r1/report': () => {
      replies = [];
      return jsonResponse({});
    },
  });
});

describe('ItemReactions', () => {
  it('shows the counts, which are the reader’s own, and takes one back', async () => {
    renderWithProviders(<ItemReactions itemId="i1" loggedIn />);
    const used = await screen.findByRole('button', { name: 'Dit heb ik gebruikt (2)' });
    expect(used).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Nuttig (0)' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(used);
    expect(await screen.findByRole('button', { name: 'Dit heb ik gebruikt (1)' })).toHaveAttribute('aria-pressed', 'false');
    expect(requestsTo(backend, 'DELETE', '/api/reactions/i1/used')[0]?.headers.get('X-XSRF-TOKEN')).toBe('csrf-1');
  });

  it('shows replies sanitised, and a reported one disappears', async () => {
    renderWithProviders(<ItemReactions itemId="i1" loggedIn />);
    expect(await screen.findByText('ook')).toBeInTheDocument();
    expect(document.querySelector('img[onerror]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Melden bij de redactie' }));
    expect(await screen.findByText(/Gemeld\. De reactie is verborgen/)).toBeInTheDocument();
    expect(await screen.findByText('Nog geen reacties.')).toBeInTheDocument();
  });

  it('needs a text before it posts a reply', async () => {
    renderWithProviders(<ItemReactions itemId="i1" loggedIn />);
    const reply = await screen.findByRole('textbox', { name: /^Uw vraag of ervaring/ });
    await userEvent.click(screen.getByRole('button', { name: 'Plaatsen' }));
    await expectSharedErrorPresentation({
      summaryTitle: /niet geplaatst/,
      label: 'Uw vraag of ervaring',
      message: 'Schrijf eerst uw vraag of ervaring.',
      control: reply,
    });
    expect(requestsTo(backend, 'POST', '/api/replies')).toHaveLength(0);
  });

  it('asks an anonymous reader to log in and offers no reply form', async () => {
    renderWithProviders(<ItemReactions itemId="i1" loggedIn={false} />);
    expect(await screen.findByText(/Log in om te laten weten/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Nuttig (0)' })).toHaveAttribute('aria-disabled', 'true');
  });
});
