/**
 * A message for the next page that survives a full page load, e.g. a round trip through the identity provider's
 * logout, which the router's location state does not.
 */
const KEY = 'kennisportaal.notice';

export type PendingNotice = 'account-deleted';

export function leaveNotice(notice: PendingNotice): void {
  try {
    sessionStorage.setItem(KEY, notice);
  } catch {
    // Storage can be unavailable (private mode, quota); the notice is a courtesy, not essential.
  }
}

/** The notice left for this page, once: reading it removes it. */
export function takeNotice(): PendingNotice | undefined {
  try {
    const notice = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return notice === 'account-deleted' ? notice : undefined;
  } catch {
    return undefined;
  }
}
