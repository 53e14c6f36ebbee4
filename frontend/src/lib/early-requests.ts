/**
 * A page's first data, asked for by `src/boot.ts` while the app's own script is still downloading. On a phone's
 * connection the app's script takes a second or more to arrive and run; a request made only then puts a round trip
 * and the server's time between the first paint and the page's content. The API client takes the answer when it asks
 * for the same address, once; anything else goes to the server as usual.
 */
const early = new Map<string, Promise<Response>>();

export function requestEarly(url: string): void {
  const response = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'include' });
  // A failure is the API client's to report when it takes the answer; unclaimed, it must not be an unhandled rejection.
  response.catch(() => undefined);
  early.set(url, response);
}

/** The early answer for this address, if there is one that has not been taken yet. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}
