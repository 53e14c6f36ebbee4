import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend, type FakeRequest } from '@/testing/test-utils';
import { GUIDELINES, type Dossier } from '../api/types';

const contact = { subject: 'school-1', displayName: 'Sanne Schoolcontact', roles: ['MEMBER', 'SCHOOL_CONTACT'] };
const assessor = { subject: 'assessor-1', displayName: 'Anja Assessor', roles: ['MEMBER', 'ASSESSOR'] };

function dossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    id: 'd-1',
    slug: 'de-vlinderboom',
    name: 'De Vlinderboom',
    brin: '99XX01',
    place: 'Utrecht',
    province: 'UTRECHT',
    sector: 'EDUCATION',
    organisation: 'De Vlinderboom',
    state: 'DRAFT',
    label: null,
    contactName: 'Sanne Schoolcontact',
    assessorSubject: null,
    assessorName: null,
    sections: GUIDELINES.map((guideline) => ({ guideline, status: 'OPEN', evidence: [], findings: [] })),
    visits: [],
    history: [{ action: 'apply', from: null, to: 'DRAFT', actorName: 'Sanne Schoolcontact', at: '2026-12-01T10:00:00Z', detail: null }],
    consent: null,
    linkedItems: [],
    linkedEvents: [],
    may: { editEvidence: true, submit: true, restart: false, assign: false, assess: false, decide: false, consent: true, delete: true },
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
});

describe('ApplyForm', () => {
  it('says in Dutch which fields are missing before anything is sent', async () => {
    const backend = stubBackend({ 'GET /api/me': () => jsonResponse(contact) });
    renderApp('/mijn-isop/aanmelden');

    await userEvent.click(await screen.findByRole('button', { name: 'School aanmelden' }));

    await expectSharedErrorPresentation({
      summaryTitle: /De aanmelding is niet verstuurd/,
      label: 'Naam van de school',
      message: 'Dit is verplicht.',
      control: screen.getByRole('textbox', { name: /Naam van de school/ }),
    });
    expect(requestsTo(backend, 'POST', '/api/isop/dossiers')).toHaveLength(0);
  });

  it('sends the school and opens its dossier', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'POST /api/isop/dossiers': (request: FakeRequest) =>
        jsonResponse(dossier({ name: (request.body as { name: string }).name }), { status: 201 }),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(dossier()),
    });
    renderApp('/mijn-isop/aanmelden');

    await fill(await screen.findByRole('textbox', { name: /Naam van de school/ }), 'De Vlinderboom');
    await fill(screen.getByRole('textbox', { name: /BRIN-nummer/ }), '99XX01');
    await fill(screen.getByRole('textbox', { name: /Plaats/ }), 'Utrecht');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Provincie/ }), 'UTRECHT');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Sector/ }), 'EDUCATION');
    await userEvent.click(screen.getByRole('button', { name: 'School aanmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'De Vlinderboom' })).toBeInTheDocument();
    const [post] = requestsTo(backend, 'POST', '/api/isop/dossiers');
    expect(post?.body).toEqual({
      name: 'De Vlinderboom',
      brin: '99XX01',
      place: 'Utrecht',
      province: 'UTRECHT',
      sector: 'EDUCATION',
      organisation: null,
    });
  });

  it('shows the server refusing a code beside the field', async () => {
    stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'POST /api/isop/dossiers': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'sector', code: 'unknown-code', message: 'unknown' }] }),
    });
    renderApp('/mijn-isop/aanmelden');
    await fill(await screen.findByRole('textbox', { name: /Naam van de school/ }), 'X');
    await fill(screen.getByRole('textbox', { name: /BRIN-nummer/ }), 'X');
    await fill(screen.getByRole('textbox', { name: /Plaats/ }), 'X');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Provincie/ }), 'UTRECHT');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Sector/ }), 'VVE');
    await userEvent.click(screen.getByRole('button', { name: 'School aanmelden' }));

    await expectSharedErrorPresentation({
      summaryTitle: /De aanmelding is niet verstuurd/,
      label: 'Sector',
      message: 'Kies een van de aangeboden waarden.',
      control: screen.getByRole('combobox', { name: /Sector/ }),
    });
  });
});

describe('Dossier forms', () => {
  it('asks a link for its address before sending evidence', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(dossier()),
    });
    renderApp('/mijn-isop/d-1');
    const section = await screen.findByRole('region', { name: 'Richtlijn 3: Plan' });
    await fill(within(section).getByRole('textbox', { name: /^Titel/ }), 'Ons plan');
    await userEvent.click(within(section).getByRole('button', { name: 'Bewijs toevoegen' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('Dit is verplicht.');
    expect(within(section).getByRole('textbox', { name: /Link/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(backend, 'POST', '/api/isop/dossiers/d-1/sections/PLAN/evidence')).toHaveLength(0);
  });

  it('sends notes as evidence of their section', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(dossier()),
      'POST /api/isop/dossiers/d-1/sections/WELCOME/evidence': () => jsonResponse(dossier(), { status: 201 }),
    });
    renderApp('/mijn-isop/d-1');
    const section = await screen.findByRole('region', { name: 'Richtlijn 1: Ouders welkom' });
    await userEvent.selectOptions(within(section).getByRole('combobox', { name: /Soort bewijs/ }), 'TEAM_MEETING_NOTE');
    await fill(within(section).getByRole('textbox', { name: /^Titel/ }), 'Teamvergadering');
    await fill(within(section).getByRole('textbox', { name: /Verslag of toelichting/ }), 'Ouders welkom.');
    await userEvent.click(within(section).getByRole('button', { name: 'Bewijs toevoegen' }));

    expect(await within(section).findByText('Het bewijs is toegevoegd.')).toBeInTheDocument();
    const [post] = requestsTo(backend, 'POST', '/api/isop/dossiers/d-1/sections/WELCOME/evidence');
    expect(post?.body).toEqual({ kind: 'TEAM_MEETING_NOTE', title: 'Teamvergadering', url: null, text: 'Ouders welkom.' });
  });

  it('needs a reason for every decision, and shows the server naming the field in English too', async () => {
    const review = dossier({
      state: 'IN_REVIEW',
      assessorName: 'Anja Assessor',
      may: { editEvidence: false, submit: false, restart: false, assign: false, assess: true, decide: true, consent: false, delete: false },
    });
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(assessor),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(review),
      'POST /api/isop/dossiers/d-1/decline': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'reason', code: 'too-long', message: 'too long', max: 5000 }] }),
    });
    renderApp('/mijn-isop/d-1', { language: 'en' });
    const decision = await screen.findByRole('region', { name: 'Decision' });
    await userEvent.selectOptions(within(decision).getByRole('combobox', { name: /Decision/ }), 'decline');
    await userEvent.click(within(decision).getByRole('button', { name: 'Record decision' }));

    await expectSharedErrorPresentation({
      summaryTitle: /Not everything is filled in correctly/,
      label: 'Reason (required)',
      message: 'This is required.',
      control: within(decision).getByRole('textbox', { name: /Reason/ }),
      prefix: 'Error:',
    });
    expect(requestsTo(backend, 'POST', '/api/isop/dossiers/d-1/decline')).toHaveLength(0);

    await fill(within(decision).getByRole('textbox', { name: /Reason/ }), 'Te weinig bewijs');
    await userEvent.click(within(decision).getByRole('button', { name: 'Record decision' }));
    const [post] = await waitForRequests(backend, 'POST', '/api/isop/dossiers/d-1/decline');
    expect(post?.body).toEqual({ reason: 'Te weinig bewijs' });
  });
});

async function waitForRequests(backend: ReturnType<typeof stubBackend>, method: string, path: string) {
  return waitFor(() => {
    const found = requestsTo(backend, method, path);
    expect(found).not.toHaveLength(0);
    return found;
  });
}

/** Types by pasting: the same events for the form, without a keystroke each on a busy test machine. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}
