import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation, useNavigate, type Location, type To } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import type { Language } from '@/lib/i18n/i18n';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

export interface RenderOptions {
  language?: Language;
  /** The query cache to render with, e.g. one that `preloadPage` filled; otherwise a fresh one. */
  queryClient?: QueryClient;
}

/** Renders one component inside the app's providers. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  return render(
    <AppProvider
      queryClient={options.queryClient ?? createTestQueryClient()}
      {...(options.language && { initialLanguage: options.language })}
    >
      {ui}
    </AppProvider>,
  );
}

/** What a test can see of the router: where the app is now, and going somewhere (`navigate(-1)` is Back). */
export interface TestRouter {
  state: { location: Location };
  navigate: (to: To | number) => void;
}

/** Renders the whole app at `path`, with the real routes and layout. */
export function renderApp(path = '/', options: RenderOptions = {}) {
  const router = {} as TestRouter;
  function RouterProbe() {
    const location = useLocation();
    const navigate = useNavigate();
    router.state = { location };
    router.navigate = (to) => void (typeof to === 'number' ? navigate(to) : navigate(to));
    return null;
  }
  const result = renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <RouterProbe />
    </MemoryRouter>,
    options,
  );
  return { ...result, router };
}

/** A `fetch` answer as the backend would send it. */
export function jsonResponse(body: unknown, init: { status?: number; contentType?: string } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': init.contentType ?? 'application/json' },
  });
}

/** A problem+json answer, as the backend sends for every error. */
export function problemResponse(status: number, body: Record<string, unknown> = {}): Response {
  return jsonResponse({ status, title: 'Problem', ...body }, { status, contentType: 'application/problem+json' });
}

export interface FakeRequest {
  method: string;
  /** Path and query, as the app asked for it. */
  url: URL;
  headers: Headers;
  /** The parsed JSON body, if any. */
  body: unknown;
  /** The body as sent, for bodies that are not JSON (a `File` upload, for example). */
  rawBody: BodyInit | null | undefined;
}

/**
 * A `fetch` stand-in answering by `"METHOD /path"` (query ignored); anything else rejects, so an unexpected call
 * fails the test instead of passing unnoticed. Each handler builds a fresh `Response`, as a body is read only once.
 */
export function fakeBackend(handlers: Record<string, (request: FakeRequest) => Response | Promise<Response>>) {
  return vi.fn<typeof fetch>(async (input, init = {}) => {
    const request = toFakeRequest(input, init);
    const handler = handlers[`${request.method} ${request.url.pathname}`];
    if (!handler) throw new Error(`Unexpected request: ${request.method} ${request.url.pathname}`);
    return handler(request);
  });
}

/** Answers the app's `fetch` calls with a `fakeBackend` for the rest of the test (vitest unstubs it after each). */
export function stubBackend(handlers: Parameters<typeof fakeBackend>[0]) {
  const fake = fakeBackend(handlers);
  vi.stubGlobal('fetch', fake);
  return fake;
}

function toFakeRequest(input: Parameters<typeof fetch>[0], init: RequestInit = {}): FakeRequest {
  const url = new URL(String(input), 'http://localhost');
  const method = (init.method ?? 'GET').toUpperCase();
  const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
  return { method, url, headers: new Headers(init.headers), body, rawBody: init.body };
}

/** The requests a `fakeBackend` received for `method` and `pathname`, oldest first. */
export function requestsTo(fake: ReturnType<typeof fakeBackend>, method: string, pathname: string): FakeRequest[] {
  return fake.mock.calls
    .map(([input, init]) => toFakeRequest(input, init))
    .filter((request) => request.method === method && request.url.pathname === pathname);
}
