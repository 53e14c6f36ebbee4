import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders, requestsTo, stubBackend } from '@/testing/test-utils';
import { DigestRun } from './digest-run';

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
});

describe('running the digests on demand', () => {
  it('runs one round with the CSRF token and says what it did, in Dutch and in English', async () => {
    const backend = stubBackend({ 'POST /api/admin/digests/run': () => jsonResponse({ matched: 1, mails: 3 }) });
    const { unmount } = renderWithProviders(<DigestRun />);
    await userEvent.click(await screen.findByRole('button', { name: 'Overzichtsmails nu versturen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Klaar: 1 nieuwe treffer verwerkt, 3 mails klaargezet.');
    const [request] = requestsTo(backend, 'POST', '/api/admin/digests/run');
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('csrf-1');
    unmount();

    renderWithProviders(<DigestRun />, { language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Send digest mails now' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Done: 1 new match handled, 3 mails queued.');
  });

  it('shows a refusal as the app shows every error', async () => {
    stubBackend({ 'POST /api/admin/digests/run': () => problemResponse(403, { type: '/problems/forbidden', title: 'Forbidden' }) });
    renderWithProviders(<DigestRun />);
    await userEvent.click(await screen.findByRole('button', { name: 'Overzichtsmails nu versturen' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
