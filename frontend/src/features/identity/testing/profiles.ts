import type { Profile } from '../api/get-current-user';

/** A profile as the backend sends it, for tests: a member unless told otherwise. */
export function aProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    subject: 'organiser',
    displayName: 'Olga Organisator',
    email: 'olga.organisator@demo.kennisportaal.test',
    roles: ['MEMBER', 'ORGANISER'],
    createdAt: '2026-01-05T09:00:00Z',
    lastLoginAt: '2026-03-01T08:30:00Z',
    ...overrides,
  };
}

export function unauthenticatedProblem() {
  return {
    type: '/problems/unauthenticated',
    title: 'Login required',
    status: 401,
    detail: 'Log in to use this part of the portal.',
  };
}
