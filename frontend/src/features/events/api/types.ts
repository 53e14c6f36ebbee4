// The events API's shapes (backend: nl.ouderbetrokkenheid.portal.events.EventApi).
import { REGIONS, type Region } from '@/lib/taxonomy';

export const EVENT_KINDS = ['INSPIRATION', 'EXCHANGE', 'CONFERENCE'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

// Events take place in one of the provinces the taxonomy knows.
export const PROVINCES = REGIONS;
export type Province = Region;

export type EventStatus = 'DRAFT' | 'PUBLISHED' | 'CANCELLED';
export type RegistrationStatus = 'PENDING' | 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';

export interface Venue {
  name?: string;
  address?: string;
  city?: string;
}

export interface Question {
  id?: string;
  label: string;
  type: 'TEXT' | 'CHOICE';
  options?: string[];
  required: boolean;
}

export interface PortalEvent {
  id: string;
  title: string;
  /** The organiser's Markdown. */
  description?: string;
  /** The description rendered from Markdown and sanitised by the server. */
  descriptionHtml?: string;
  kind: EventKind;
  scope: 'NATIONAL' | 'REGIONAL';
  province?: Province;
  venue?: Venue;
  onlineUrl?: string;
  startsAt: string;
  endsAt: string;
  capacity?: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  questions: Question[];
  status: EventStatus;
  organiserName?: string;
  /** Absent when the event has no seat limit. */
  seatsLeft?: number;
  waitlisted: number;
  registrationOpen: boolean;
  canManage: boolean;
}

export interface EventPage {
  total: number;
  events: PortalEvent[];
}

export interface Registration {
  id: string;
  eventId: string;
  eventTitle: string;
  eventStartsAt: string;
  status: RegistrationStatus;
  arrival?: number;
  waitlistPosition: number;
  seats: number;
  colleagues: string[];
  answers: Record<string, string>;
  createdAt: string;
}

export interface EventRequest {
  title: string;
  description?: string;
  kind: EventKind;
  scope: 'NATIONAL' | 'REGIONAL';
  province?: string;
  venue?: Venue;
  onlineUrl?: string;
  /** Local time in Europe/Amsterdam, `YYYY-MM-DDTHH:mm`. */
  startsAt: string;
  endsAt: string;
  capacity?: number;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  questions: Question[];
}

export interface Attendee {
  id: string;
  name?: string;
  email?: string;
  colleagues: string[];
  seats: number;
  status: RegistrationStatus;
  arrival?: number;
  waitlistPosition: number;
  answers: Record<string, string>;
  present: boolean;
  createdAt: string;
}

export interface AttendeeList {
  eventId: string;
  title: string;
  questions: Question[];
  counts: { confirmed: number; confirmedSeats: number; waitlisted: number; cancelled: number; present: number };
  attendees: Attendee[];
}

const AMSTERDAM = 'Europe/Amsterdam';

/** An instant shown as a date and time in Amsterdam, in the UI's language. */
export function formatWhen(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: AMSTERDAM,
  }).format(new Date(instant));
}

/** An instant as the `YYYY-MM-DDTHH:mm` local Amsterdam time a datetime-local input holds. */
export function toLocalInput(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: AMSTERDAM,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

export const LOGIN_PATH = '/oauth2/authorization/kennisportaal';
