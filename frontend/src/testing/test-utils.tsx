import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import type { Language } from '@/lib/i18n/i18n';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Renders one component inside the app's providers. */
export function renderWithProviders(ui: ReactElement, options: { language?: Language } = {}) {
  return render(
    <AppProvider queryClient={createTestQueryClient()} {...(options.language && { initialLanguage: options.language })}>
      {ui}
    </AppProvider>,
  );
}

/**
 * Renders the whole app at `path`, with the real routes and layout. Uses `RouterProvider` from `react-router` itself:
 * under Vitest `react-router/dom` resolves to a second copy of the router and its context.
 */
export function renderApp(path = '/', options: { language?: Language } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = renderWithProviders(<RouterProvider router={router} />, options);
  return { ...result, router };
}

/** A `fetch` answer as the backend would send it. */
export function jsonResponse(body: unknown, init: { status?: number; contentType?: string } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': init.contentType ?? 'application/json' },
  });
}
