export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/**
 * The address of an API request: the path and its query parameters in the order given, without the empty ones. The
 * API client builds every address with it, and so does the start of a page that asks for its data before the app's
 * script has run (`lib/early-requests.ts`): equal requests get equal addresses, which is how the app finds the answer.
 */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  // Only same-origin API paths: credentials and the CSRF token must never travel to another host.
  if (!path.startsWith('/api/')) {
    throw new Error(`API paths must start with /api/, got "${path}"`);
  }
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) params.append(key, String(item));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}
