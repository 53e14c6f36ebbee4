import { isLevel, type Answer } from '../api/types';

/**
 * The answers of a scan not saved yet, kept in this browser only, so a visitor can try the scan, log in and save it.
 * Nothing of it reaches the portal before the person saves it.
 */
const KEY = 'kennisportaal.balansscan';

export function readDraft(): Answer[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.filter(
      (answer): answer is Answer =>
        typeof answer === 'object' &&
        answer !== null &&
        typeof (answer as Answer).partnership === 'string' &&
        typeof (answer as Answer).aspect === 'string' &&
        isLevel((answer as Answer).level),
    );
  } catch {
    return [];
  }
}

export function writeDraft(answers: Answer[]): void {
  try {
    if (answers.length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(answers));
  } catch {
    // Storage can be unavailable (private mode, quota): the scan still works, it is just not kept.
  }
}

export function clearDraft(): void {
  writeDraft([]);
}
