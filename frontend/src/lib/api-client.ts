import { apiUrl, type QueryValue } from './api-url';
import { takeEarly } from './early-requests';
import { isProblemResponse, ProblemError, toProblemDetails } from './problem-details';

// Spring Security's cookie-to-header CSRF convention (CookieCsrfTokenRepository).
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Serialised as JSON unless it is `FormData`, `URLSearchParams` or a `Blob` (a `File`), which are sent as they are. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * A failure without problem details: `network` when no response arrived, `http` for an error status with some other
 * body (a proxy's HTML 502 page, for example), `unexpected-response` for a success answer that is not the JSON asked for.
 */
export type ApiErrorKind = 'network' | 'http' | 'unexpected-response';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;

  constructor(kind: ApiErrorKind, message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
  }
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length));
}

/** The CSRF token for requests the API client cannot make itself, such as the logout form's `_csrf` field. */
export function readCsrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE);
}

function isJson(response: Response): boolean {
  const type = (response.headers.get('Content-Type') ?? '').toLowerCase();
  return type.startsWith('application/json') || /^application\/[\w.+-]+\+json/.test(type);
}

async function toError(response: Response): Promise<Error> {
  if (isProblemResponse(response)) {
    try {
      return new ProblemError(toProblemDetails(await response.json(), response.status));
    } catch (cause) {
      return new ApiError('http', `HTTP ${response.status} with an unreadable problem body`, response.status, { cause });
    }
  }
  return new ApiError('http', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
}

/** A successful answer with its headers, for callers that need more than the body (an `ETag`, a `Location`). */
export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/**
 * Calls the portal's own API. Resolves with the parsed JSON body (undefined for 204 or an empty body); rejects with a
 * {@link ProblemError} for problem+json answers and an {@link ApiError} for every other failure. An aborted request
 * rejects with the abort's own error so TanStack Query can recognise the cancellation.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiExchange<T>(path, options)).data;
}

/** {@link apiRequest}, resolving with the status and headers as well as the body. */
export async function apiExchange<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json' });
  const language = document.documentElement.lang;
  if (language) headers.set('Accept-Language', language);

  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof URLSearchParams || options.body instanceof Blob) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (!SAFE_METHODS.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers.set(CSRF_HEADER, token);
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const url = apiUrl(path, options.query);
  // A page's first data may already be on its way (lib/early-requests.ts); only a plain read can be that request.
  const early = method === 'GET' && body === undefined && options.headers === undefined ? takeEarly(url) : undefined;
  let response: Response;
  try {
    response = await (early ?? fetch(url, {
      method,
      headers,
      body,
      credentials: 'include',
      signal: options.signal,
    }));
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError('network', 'The server could not be reached', undefined, { cause });
  }

  if (!response.ok) {
    throw await toError(response);
  }
  const answer = { status: response.status, headers: response.headers };
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return { ...answer, data: undefined as T };
  }
  if (!isJson(response)) {
    throw new ApiError(
      'unexpected-response',
      `Expected JSON from ${path}, got ${response.headers.get('Content-Type') ?? 'no content type'}`,
      response.status,
    );
  }
  try {
    return { ...answer, data: (await response.json()) as T };
  } catch (cause) {
    throw new ApiError('unexpected-response', `Unreadable JSON from ${path}`, response.status, { cause });
  }
}

type BodylessOptions = Omit<RequestOptions, 'method' | 'body'>;
type BodyOptions = Omit<RequestOptions, 'method'>;

export const api = {
  get: <T>(path: string, options?: BodylessOptions) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, options?: BodyOptions) => apiRequest<T>(path, { ...options, method: 'POST' }),
  put: <T>(path: string, options?: BodyOptions) => apiRequest<T>(path, { ...options, method: 'PUT' }),
  patch: <T>(path: string, options?: BodyOptions) => apiRequest<T>(path, { ...options, method: 'PATCH' }),
  delete: <T = void>(path: string, options?: BodylessOptions) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
