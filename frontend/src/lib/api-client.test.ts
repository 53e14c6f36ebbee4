import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { api, ApiError, apiExchange, apiRequest } from './api-client';
import { ProblemError } from './problem-details';
import { jsonResponse } from '@/testing/test-utils';

let fetchMock: Mock<typeof fetch>;

function lastRequest(): { url: string; init: RequestInit; headers: Headers } {
  const call = fetchMock.mock.lastCall;
  if (!call) throw new Error('fetch was not called');
  const [url, init = {}] = call;
  return { url: String(url), init, headers: new Headers(init.headers) };
}

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('asks for JSON with credentials and resolves with the parsed body', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ status: 'UP' }));

    await expect(api.get('/api/status')).resolves.toEqual({ status: 'UP' });

    const { url, init, headers } = lastRequest();
    expect(url).toBe('/api/status');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('include');
    expect(headers.get('Accept')).toBe('application/json');
  });

  it('sends the page language so the backend can localise its answers', async () => {
    document.documentElement.lang = 'en';
    fetchMock.mockResolvedValue(jsonResponse({}));

    await api.get('/api/status');

    expect(lastRequest().headers.get('Accept-Language')).toBe('en');
  });

  it('serialises query parameters, repeating arrays and skipping empty values', async () => {
    fetchMock.mockResolvedValue(jsonResponse([]));

    await api.get('/api/search', { query: { q: 'ouders & school', partnership: ['FORMAL', 'INFORMAL'], page: 0, sector: undefined } });

    expect(lastRequest().url).toBe('/api/search?q=ouders+%26+school&partnership=FORMAL&partnership=INFORMAL&page=0');
  });

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on state-changing requests', async () => {
    document.cookie = 'XSRF-TOKEN=abc%2F123';
    fetchMock.mockResolvedValue(jsonResponse({ id: '1' }, { status: 201 }));

    await api.post('/api/events/1/registrations', { body: { name: 'Anna' } });

    const { init, headers } = lastRequest();
    expect(init.method).toBe('POST');
    expect(headers.get('X-XSRF-TOKEN')).toBe('abc/123');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(init.body).toBe('{"name":"Anna"}');
  });

  it('does not send the CSRF header on safe requests', async () => {
    document.cookie = 'XSRF-TOKEN=abc';
    fetchMock.mockResolvedValue(jsonResponse({}));

    await api.get('/api/status');

    expect(lastRequest().headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it.each(['PUT', 'PATCH', 'DELETE'] as const)('sends the CSRF header on %s', async (method) => {
    document.cookie = 'XSRF-TOKEN=token-1';
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await apiRequest('/api/things/1', { method });

    expect(lastRequest().headers.get('X-XSRF-TOKEN')).toBe('token-1');
  });

  it('sends a file as it is, with the content type the caller names', async () => {
    document.cookie = 'XSRF-TOKEN=token-2';
    fetchMock.mockResolvedValue(jsonResponse({ created: 1 }));
    const file = new File(['{"externalId":"a"}\n'], 'items.ndjson');

    await api.post('/api/items/import', { body: file, headers: { 'Content-Type': 'application/x-ndjson' } });

    const { init, headers } = lastRequest();
    expect(init.body).toBe(file);
    expect(headers.get('Content-Type')).toBe('application/x-ndjson');
    expect(headers.get('X-XSRF-TOKEN')).toBe('token-2');
  });

  it('gives the response headers to callers that need them', async () => {
    fetchMock.mockResolvedValue(
      new Response('{"id":"1"}', { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"3-1"' } }),
    );

    const response = await apiExchange<{ id: string }>('/api/items/id/1');

    expect(response.data).toEqual({ id: '1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"3-1"');
  });

  it('resolves with undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await expect(api.delete('/api/things/1')).resolves.toBeUndefined();
  });

  it('turns a problem+json answer into a ProblemError with its field errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          type: 'https://kennisportaal.example/problems/validation',
          title: 'Ongeldige invoer',
          status: 400,
          detail: 'Eén veld is ongeldig.',
          errors: [{ field: 'email', message: 'moet een geldig e-mailadres zijn' }],
        },
        { status: 400, contentType: 'application/problem+json' },
      ),
    );

    const error = await api.post('/api/events/1/registrations', { body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    const problem = (error as ProblemError).problem;
    expect(problem.title).toBe('Ongeldige invoer');
    expect(problem.status).toBe(400);
    expect(problem.detail).toBe('Eén veld is ongeldig.');
    expect(problem.errors).toEqual([{ field: 'email', message: 'moet een geldig e-mailadres zijn' }]);
  });

  it('turns an HTML error page into a generic http ApiError with the status', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html><body>Bad Gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    );

    const error = await api.get('/api/status').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 502 });
  });

  it('turns an unreadable problem body into a generic http ApiError', async () => {
    fetchMock.mockResolvedValue(
      new Response('{not json', { status: 500, headers: { 'Content-Type': 'application/problem+json' } }),
    );

    await expect(api.get('/api/status')).rejects.toMatchObject({ name: 'ApiError', kind: 'http', status: 500 });
  });

  it('turns a failed connection into a network ApiError', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    const error = await api.get('/api/status').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network', status: undefined });
  });

  it('rejects a successful answer that is not JSON', async () => {
    fetchMock.mockResolvedValue(new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));

    await expect(api.get('/api/status')).rejects.toMatchObject({ name: 'ApiError', kind: 'unexpected-response' });
  });

  it('passes an abort through unchanged so the caller can tell cancellation from failure', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    fetchMock.mockImplementation(() => {
      controller.abort(abort);
      return Promise.reject(abort);
    });

    await expect(api.get('/api/status', { signal: controller.signal })).rejects.toBe(abort);
  });

  it('refuses paths outside the same-origin API', async () => {
    await expect(api.get('https://elsewhere.example/api/status')).rejects.toThrow(/must start with \/api\//);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
