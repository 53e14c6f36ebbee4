import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend, type FakeRequest } from '@/testing/test-utils';
import type { Contribution, ContributionInput } from '../api/types';

function aContribution(overrides: Partial<Contribution> = {}): Contribution {
  return {
    id: 'c1',
    type: 'PRACTICE_EXAMPLE',
    title: 'Koffieochtend',
    summary: 'Ouders drinken koffie op school.',
    context: 'Ouders kwamen weinig op school.',
    approach: 'Elke maandag koffie.',
    partnerships: ['INFORMAL'],
    aspects: [],
    sectors: ['EDUCATION'],
    region: 'UTRECHT',
    organisation: 'De Linde',
    showName: false,
    attachments: [],
    state: 'DRAFT',
    submissions: 0,
    history: [{ from: null, to: 'DRAFT', actorName: 'Mila Lid', at: '2025-04-01T10:00:00Z', comment: null, version: null }],
    editable: true,
    ...overrides,
  };
}

function versioned(contribution: Contribution, etag: string): Response {
  return new Response(JSON.stringify(contribution), { status: 200, headers: { 'Content-Type': 'application/json', ETag: etag } });
}

let backend: ReturnType<typeof stubBackend>;
let onPost: (request: FakeRequest) => Response;
let onPut: (request: FakeRequest) => Response;

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-1';
  onPost = (request) =>
    new Response(JSON.stringify(aContribution({ title: (request.body as ContributionInput).title })), {
      status: 201,
      headers: { 'Content-Type': 'application/json', ETag: '"1-1"' },
    });
  onPut = (request) => versioned(aContribution({ title: (request.body as ContributionInput).title }), '"8-1"');
  backend = stubBackend({
    'GET /api/me': () => jsonResponse({ subject: 'member-1', displayName: 'Mila Lid', roles: ['MEMBER'] }),
    'POST /api/contributions': (request) => onPost(request),
    'GET /api/contributions/c1': () => versioned(aContribution(), '"7-1"'),
    'PUT /api/contributions/c1': (request) => onPut(request),
    'POST /api/contributions/c1/submit': () =>
      versioned(aContribution({ state: 'SUBMITTED', submissions: 1, editable: false }), '"9-1"'),
  });
});

describe('ContributionForm', () => {
  it('guides each section and sends the sections, the model and the consent as the request body', async () => {
    renderApp('/mijn-bijdragen/nieuw');
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    expect(screen.getByText(/Waar speelde het\?/)).toBeInTheDocument();
    expect(screen.getByText(/Wat deed u, stap voor stap\?/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Tip of tool' }));
    await userEvent.type(title, 'Huisbezoek');
    await userEvent.type(screen.getByRole('textbox', { name: /^Context/ }), 'Wijk');
    await userEvent.type(screen.getByRole('textbox', { name: /^Aanpak/ }), 'Bezoek');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Regio/ }), 'UTRECHT');
    await userEvent.click(screen.getByRole('checkbox', { name: /Noem mijn naam/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    // The new draft opens on its own page.
    await screen.findByRole('heading', { name: 'Bijdrage: Koffieochtend' });
    const [post] = requestsTo(backend, 'POST', '/api/contributions');
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('csrf-1');
    expect(post?.body).toEqual({
      type: 'TOOL',
      title: 'Huisbezoek',
      summary: null,
      context: 'Wijk',
      approach: 'Bezoek',
      result: null,
      tips: null,
      partnerships: [],
      aspects: [],
      sectors: [],
      region: 'UTRECHT',
      organisation: null,
      showName: true,
    });
  }, 20_000);

  it('needs a title before it sends anything', async () => {
    renderApp('/mijn-bijdragen/nieuw');
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await expectSharedErrorPresentation({
      summaryTitle: /niet opgeslagen/,
      label: 'Titel',
      message: 'Geef uw bijdrage een titel.',
      control: title,
    });
    expect(requestsTo(backend, 'POST', '/api/contributions')).toHaveLength(0);
  });

  it('shows the fields the server refused on submitting, beside them', async () => {
    onPut = () =>
      problemResponse(400, {
        type: '/problems/validation',
        errors: [{ field: 'region', code: 'unknown-code', message: "unknown code 'MARS'" }],
      });
    renderApp('/mijn-bijdragen/c1');
    await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Indienen bij de redactie' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Regio');
    expect(screen.getByRole('combobox', { name: /^Regio/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(backend, 'POST', '/api/contributions/c1/submit')).toHaveLength(0);
  });

  it('saves over the version it loaded, then submits that saved version', async () => {
    renderApp('/mijn-bijdragen/c1');
    await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Indienen bij de redactie' }));
    expect(await screen.findByText('Ingediend. De redactie krijgt bericht.')).toBeInTheDocument();
    expect(requestsTo(backend, 'PUT', '/api/contributions/c1')[0]?.headers.get('If-Match')).toBe('"7-1"');
    expect(requestsTo(backend, 'POST', '/api/contributions/c1/submit')[0]?.headers.get('If-Match')).toBe('"8-1"');
    expect(screen.getByText(/Deze bijdrage is Ingediend/)).toBeInTheDocument();
  });
});
