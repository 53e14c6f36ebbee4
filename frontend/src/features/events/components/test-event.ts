import type { PortalEvent } from '../api/types';

/** A published event for component tests, changed where a test needs it. */
export function testEvent(changes: Partial<PortalEvent> = {}): PortalEvent {
  return {
    id: 'e1',
    title: 'Ouderavond Utrecht',
    kind: 'EXCHANGE',
    scope: 'REGIONAL',
    province: 'UTRECHT',
    venue: { name: 'De Regenboog', city: 'Utrecht' },
    startsAt: '2030-03-30T17:30:00Z',
    endsAt: '2030-03-30T19:30:00Z',
    capacity: 30,
    registrationOpensAt: '2030-01-01T00:00:00Z',
    registrationClosesAt: '2030-03-30T17:30:00Z',
    partnerships: [],
    aspects: [],
    sectors: [],
    questions: [],
    status: 'PUBLISHED',
    waitlisted: 0,
    registrationOpen: true,
    canManage: false,
    ...changes,
  };
}
