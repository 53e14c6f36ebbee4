import { describe, expect, it } from 'vitest';
import { leaveNotice, takeNotice } from './pending-notice';

describe('pending notice', () => {
  it('is read once, after a full page load', () => {
    leaveNotice('account-deleted');
    expect(takeNotice()).toBe('account-deleted');
    expect(takeNotice()).toBeUndefined();
  });
});
