import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend, type FakeRequest } from '@/testing/test-utils';
import { GUIDELINES, type Dossier } from '../api/types';
import { aSchool } from '../testing/isop-data';

const contact = { subject: 'school-1', displayName: 'Sanne Schoolcontact', roles: ['MEMBER', 'SCHOOL_CONTACT'] };
const assessor = { subject: 'assessor-1', displayName: 'Anja Assessor', roles: ['MEMBER', 'ASSESSOR'] };

function dossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    id: 'd-1',
    ...aSchool(),
    organisation: 'De Vlinderboom',
    state: 'DRAFT',
    label: null,
    contactName: 'Sanne Schoolcontact',
    assessorSubject: null,
    assessorName: null,
    pendingAssessorEmail: null,
    sections: GUIDELINES.map((guideline) => ({ guideline, status: 'OPEN', evidence: [], findings: [] })),
    visits: [],
    history: [{ action: 'apply', from: null, to: 'DRAFT', actorName: 'Sanne Schoolcontact', at: '2026-12-01T10:00:00Z', detail: null }],
    consent: null,
    linkedItems: [],
    linkedEvents: [],
    may: { editEvidence: true, submit: true, restart: false, assign: false, assess: false, decide: false, consent: true, delete: true, links: true },
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
      may: { editEvidence: false, submit: false, restart: false, assign: false, assess: true, decide: true, consent: false, delete: false, links: false },
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

const editor = { subject: 'editor-1', displayName: 'Eva Editor', roles: ['MEMBER', 'EDITOR'] };

describe('Sharing on the school page', () => {
  const searchAnswer = {
    total: 1,
    items: [
      {
        id: 'i-1',
        slug: 'koffieochtend-kit',
        type: 'PRACTICE_EXAMPLE',
        title: 'Koffieochtend-kit',
        summary: 'Gespreksstarters.',
        partnerships: [],
        aspects: [],
        sectors: [],
        region: null,
        organisation: 'De Vlinderboom',
        publishedAt: '2026-01-01',
        demo: false,
        highlights: null,
      },
    ],
    facets: {},
    nextCursor: null,
  };

  it('finds an item by keyboard, adds it and saves the slugs and ids', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(dossier()),
      'GET /api/isop/dossiers/d-1/links': () =>
        jsonResponse({ items: [], events: [{ id: 'e-1', title: 'Ouderavond', startsAt: '2099-03-01T18:00:00Z', city: 'Utrecht' }] }),
      'GET /api/search': () => jsonResponse(searchAnswer),
      'PUT /api/isop/dossiers/d-1/links': () => jsonResponse(dossier({ linkedItems: ['koffieochtend-kit'], linkedEvents: ['e-1'] })),
    });
    renderApp('/mijn-isop/d-1');
    const region = await screen.findByRole('region', { name: /Delen op de pagina van de school/ });
    expect(await within(region).findByText('Ouderavond')).toBeInTheDocument();
    expect(within(region).getByText('Nog geen praktijkvoorbeelden gekozen.')).toBeInTheDocument();

    // Enter in the search box searches; it does not send the form.
    const box = within(region).getByRole('searchbox', { name: 'Zoek een praktijkvoorbeeld' });
    await userEvent.click(box);
    await userEvent.keyboard('koffie{Enter}');
    const add = await within(region).findByRole('button', { name: 'Koffieochtend-kit toevoegen' });
    expect(requestsTo(backend, 'PUT', '/api/isop/dossiers/d-1/links')).toHaveLength(0);
    const [search] = requestsTo(backend, 'GET', '/api/search');
    expect(search?.url.searchParams.get('q')).toBe('koffie');
    add.focus();
    await userEvent.keyboard('{Enter}');
    expect(within(region).getByText(/Koffieochtend-kit is toegevoegd/)).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Koffieochtend-kit is al gekozen' })).toHaveAttribute('aria-disabled', 'true');

    await userEvent.click(within(region).getByRole('button', { name: 'Gedeelde voorbeelden opslaan' }));
    const [put] = await waitForRequests(backend, 'PUT', '/api/isop/dossiers/d-1/links');
    expect(put?.body).toEqual({ items: ['koffieochtend-kit'], events: ['e-1'] });
    expect(await within(region).findByText(/Opgeslagen/)).toBeInTheDocument();
  });

  it('removes a chosen event, returns the focus to its search box, and shows the server refusing an entry beside it', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(dossier()),
      'GET /api/isop/dossiers/d-1/links': () =>
        jsonResponse({
          items: [{ id: 'i-1', slug: 'koffieochtend-kit', type: 'PRACTICE_EXAMPLE', title: 'Koffieochtend-kit', summary: '' }],
          events: [{ id: 'e-1', title: 'Ouderavond', startsAt: '2099-03-01T18:00:00Z', city: null }],
        }),
      'PUT /api/isop/dossiers/d-1/links': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'items[0]', code: 'not-an-option', message: 'x' }] }),
    });
    renderApp('/mijn-isop/d-1');
    const region = await screen.findByRole('region', { name: /Delen op de pagina van de school/ });
    await userEvent.click(await within(region).findByRole('button', { name: 'Ouderavond weghalen' }));
    expect(within(region).getByRole('searchbox', { name: 'Zoek een activiteit' })).toHaveFocus();
    expect(within(region).getByText('Nog geen activiteiten gekozen.')).toBeInTheDocument();

    await userEvent.click(within(region).getByRole('button', { name: 'Gedeelde voorbeelden opslaan' }));
    const [put] = await waitForRequests(backend, 'PUT', '/api/isop/dossiers/d-1/links');
    expect(put?.body).toEqual({ items: ['koffieochtend-kit'], events: [] });
    const summary = await within(region).findByRole('alert');
    expect(summary).toHaveTextContent('Koffieochtend-kit: Kies een van de mogelijkheden.');
  });
});

describe('Withdrawing a dossier', () => {
  it('asks first, starting on cancel, then deletes and says so on the list', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(dossier({ may: { ...dossier().may, links: false } })),
      'DELETE /api/isop/dossiers/d-1': () => new Response(null, { status: 204 }),
      'GET /api/isop/dossiers': () => jsonResponse({ dossiers: [] }),
    });
    renderApp('/mijn-isop/d-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Dossier intrekken…' }));
    const dialog = screen.getByRole('dialog', { name: 'Dossier van De Vlinderboom intrekken?' });
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    expect(requestsTo(backend, 'DELETE', '/api/isop/dossiers/d-1')).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, dossier intrekken' }));
    expect(await screen.findByText('Het dossier van De Vlinderboom is ingetrokken en verwijderd.')).toBeInTheDocument();
    expect(requestsTo(backend, 'DELETE', '/api/isop/dossiers/d-1')).toHaveLength(1);
  });

  it('offers nothing to withdraw once the label is awarded', async () => {
    stubBackend({
      'GET /api/me': () => jsonResponse(contact),
      'GET /api/isop/dossiers/d-1': () =>
        jsonResponse(dossier({ state: 'AWARDED', may: { ...dossier().may, links: false, delete: false, editEvidence: false, submit: false } })),
    });
    renderApp('/mijn-isop/d-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'De Vlinderboom' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dossier intrekken…' })).not.toBeInTheDocument();
  });
});

describe('Assigning an assessor', () => {
  const submitted = () =>
    dossier({ state: 'SUBMITTED', may: { ...dossier().may, assign: true, editEvidence: false, submit: false, consent: false, delete: true, links: false } });

  it('assigns by address an assessor who has not logged in yet', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(editor),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(submitted()),
      'GET /api/isop/assessors': () => jsonResponse({ assessors: [{ subject: 'assessor-1', name: 'Anja Assessor' }] }),
      'POST /api/isop/dossiers/d-1/assign': () =>
        jsonResponse(dossier({ state: 'IN_REVIEW', pendingAssessorEmail: 'nieuw@example.test' })),
    });
    renderApp('/mijn-isop/d-1');
    const region = await screen.findByRole('region', { name: 'Assessor toewijzen' });
    await fill(within(region).getByRole('textbox', { name: /e-mailadres van een assessor/ }), ' nieuw@example.test ');
    await userEvent.click(within(region).getByRole('button', { name: 'Toewijzen' }));

    const [post] = await waitForRequests(backend, 'POST', '/api/isop/dossiers/d-1/assign');
    expect(post?.body).toEqual({ assessorEmail: 'nieuw@example.test' });
    expect(await screen.findByText(/Assessor: uitgenodigd via nieuw@example\.test \(nog niet ingelogd\)/)).toBeInTheDocument();
  });

  it('takes one of the two, not both', async () => {
    const backend = stubBackend({
      'GET /api/me': () => jsonResponse(editor),
      'GET /api/isop/dossiers/d-1': () => jsonResponse(submitted()),
      'GET /api/isop/assessors': () => jsonResponse({ assessors: [{ subject: 'assessor-1', name: 'Anja Assessor' }] }),
    });
    renderApp('/mijn-isop/d-1');
    const region = await screen.findByRole('region', { name: 'Assessor toewijzen' });
    await userEvent.selectOptions(await within(region).findByRole('combobox', { name: /^Assessor/ }), 'assessor-1');
    await fill(within(region).getByRole('textbox', { name: /e-mailadres van een assessor/ }), 'nieuw@example.test');
    await userEvent.click(within(region).getByRole('button', { name: 'Toewijzen' }));

    expect(await within(region).findByRole('alert')).toHaveTextContent('Kies een assessor uit de lijst of geef een e-mailadres, niet allebei.');
    expect(requestsTo(backend, 'POST', '/api/isop/dossiers/d-1/assign')).toHaveLength(0);
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
