import { vi } from 'vitest';

export interface FakeApiRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as sent: a string (JSON, not parsed), a File or Blob, or undefined. */
  body: unknown;
}

type Handler = (request: FakeApiRequest) => Response | Promise<Response>;

/**
 * A `fetch` stand-in that answers by `"METHOD /path"` (the query is the handler's to read); any other request rejects,
 * so an unexpected call fails the test instead of passing unnoticed. Handlers build a fresh `Response` per call, as a
 * body can be read only once. Install it with `vi.stubGlobal('fetch', fakeApi({...}))`.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  return vi.fn<typeof fetch>(async (input, init = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const handler = handlers[`${method} ${url.pathname}`];
    if (!handler) throw new Error(`Unexpected request: ${method} ${url.pathname}`);
    return handler({ method, url, headers: new Headers(init.headers), body: init.body });
  });
}

/** The requests a fake received, for assertions on what the app asked. */
export function requestsTo(fetchMock: ReturnType<typeof fakeApi>, method: string, pathname: string): FakeApiRequest[] {
  return fetchMock.mock.calls
    .map(([input, init = {}]) => ({
      method: (init.method ?? 'GET').toUpperCase(),
      url: new URL(String(input), 'http://localhost'),
      headers: new Headers(init.headers),
      body: init.body,
    }))
    .filter((request) => request.method === method && request.url.pathname === pathname);
}
