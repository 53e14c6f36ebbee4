import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { aDiff } from '@/components/workflow/testing/workflow-data';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { aMe, anArticle, versioned } from '../testing/article-data';

let backend: ReturnType<typeof stubBackend>;
const submitted = anArticle({ state: 'SUBMITTED', submissions: 2, editable: false });

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
  backend = stubBackend({
    'GET /api/me': () => jsonResponse(aMe(['MEMBER', 'EDITOR'])),
    'GET /api/articles/id/a1': () => versioned(submitted, '"7-1"'),
    'GET /api/articles/id/a1/diff': () => jsonResponse(aDiff),
    'POST /api/articles/id/a1/publish': () =>
      versioned({ ...submitted, state: 'PUBLISHED', publishedAt: '2025-04-02T10:00:00Z' }, '"8-1"'),
    'POST /api/articles/id/a1/reject': () =>
      problemResponse(400, { type: '/problems/validation', errors: [{ field: 'comment', code: 'required', message: 'must explain the decision to the author' }] }),
  });
});

describe('ArticleReview', () => {
  it('shows what changed since the last submission with added and removed text marked up', async () => {
    renderApp('/redactie/artikelen/a1');
    const diff = await screen.findByTestId('article-diff');
    expect(screen.getByText('Van versie 1 naar versie 2.', { exact: false })).toBeInTheDocument();
    expect(diff.querySelector('del')).toHaveTextContent('ouders.');
    expect(within(diff).getAllByText('ouders op school.')[0]?.tagName).toBe('INS');
    expect(within(diff).getByText(/Een voorbeeld\./).closest('ins')).not.toBeNull();
  });

  it('publishes the version on screen and says what happened', async () => {
    renderApp('/redactie/artikelen/a1');
    await userEvent.click(await screen.findByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('Gedaan: het artikel is nu Gepubliceerd.')).toBeInTheDocument();
    const [publish] = requestsTo(backend, 'POST', '/api/articles/id/a1/publish');
    expect(publish?.headers.get('If-Match')).toBe('"7-1"');
    expect(screen.getByRole('button', { name: 'Offline halen' })).toBeInTheDocument();
  });

  it('shows the server’s answer beside the comment when a decision needs one', async () => {
    renderApp('/redactie/artikelen/a1');
    await userEvent.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    const comment = screen.getByRole('textbox', { name: 'Opmerking voor de auteur' });
    await expectSharedErrorPresentation({
      summaryTitle: /besluit is niet vastgelegd/,
      label: 'Opmerking voor de auteur',
      message: 'Dit is verplicht.',
      control: comment,
    });
    expect(requestsTo(backend, 'POST', '/api/articles/id/a1/reject')).toHaveLength(1);
  });
});
