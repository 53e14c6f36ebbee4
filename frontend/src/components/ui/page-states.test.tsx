import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { ProblemError, toProblemDetails } from '@/lib/problem-details';
import { renderWithProviders } from '@/testing/test-utils';
import { isNotFound, LoadedPage, PageError, PageNotFound } from './page-states';

const problem = (status: number) => new ProblemError(toProblemDetails({ title: 'Problem' }, status));

describe('page states', () => {
  it('tells a missing thing (404) from a load that went wrong', () => {
    expect(isNotFound(problem(404))).toBe(true);
    expect(isNotFound(problem(500))).toBe(false);
    expect(isNotFound(new ApiError('network', 'offline'))).toBe(false);
    expect(isNotFound(null)).toBe(false);
  });

  it('shows a missing page with its heading, its text and the way on', () => {
    renderWithProviders(
      <PageNotFound title="Niet gevonden" text="Dit artikel bestaat niet.">
        <a href="/zoeken">Zoeken</a>
      </PageNotFound>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Niet gevonden' })).toBeInTheDocument();
    expect(screen.getByText('Dit artikel bestaat niet.')).toHaveClass('lead');
    expect(screen.getByRole('link', { name: 'Zoeken' })).toHaveAttribute('href', '/zoeken');
  });

  it('shows a failed load under the page heading, with a retry', async () => {
    const onRetry = vi.fn();
    renderWithProviders(<PageError title="Item bewerken" error={problem(503)} onRetry={onRetry} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Item bewerken' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says a page is loading, then shows its content, or its heading and a retry when the load failed', async () => {
    const page = (query: Parameters<typeof LoadedPage<string>>[0]['query']) => (
      <LoadedPage query={query} loading="Het artikel wordt geladen…" title="Artikel bewerken">
        {(title) => <h1>{title}</h1>}
      </LoadedPage>
    );
    const refetch = vi.fn();
    const loading = renderWithProviders(page({ data: undefined, error: null, isPending: true, refetch }));
    expect(screen.getByRole('status')).toHaveTextContent('Het artikel wordt geladen…');
    loading.unmount();

    const loaded = renderWithProviders(page({ data: 'Ouders aan tafel', error: null, isPending: false, refetch }));
    expect(screen.getByRole('heading', { level: 1, name: 'Ouders aan tafel' })).toBeInTheDocument();
    loaded.unmount();

    renderWithProviders(page({ data: undefined, error: problem(503), isPending: false, refetch }));
    expect(screen.getByRole('heading', { level: 1, name: 'Artikel bewerken' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(refetch).toHaveBeenCalledOnce();
  });
});
