import type { UseQueryResult } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { StateBadge } from './state-badge';
import { aDiff } from './testing/workflow-data';
import type { DiffView, HistoryStep } from './types';
import { WorkflowDiff } from './workflow-diff';
import { WorkflowHistory } from './workflow-history';
import { WorkflowQueue } from './workflow-queue';

const history: HistoryStep[] = [
  { from: null, to: 'DRAFT', actorName: 'Anna Auteur', at: '2025-04-01T08:00:00Z', comment: null, version: null },
  { from: 'DRAFT', to: 'SUBMITTED', actorName: 'Anna Auteur', at: '2025-04-01T09:00:00Z', comment: null, version: 1 },
  {
    from: 'SUBMITTED',
    to: 'CHANGES_REQUESTED',
    actorName: null,
    at: '2025-04-02T09:00:00Z',
    comment: 'Graag een voorbeeld.',
    version: 1,
  },
];

function loaded(data: DiffView): UseQueryResult<DiffView> {
  return { data, error: null, refetch: () => Promise.resolve() } as unknown as UseQueryResult<DiffView>;
}

describe('the workflow pieces articles and contributions share', () => {
  it('names a state in the feature’s words', async () => {
    renderWithProviders(<StateBadge state="CHANGES_REQUESTED" messages="contributions" />);
    expect(await screen.findByText('Wijzigingen gevraagd')).toBeInTheDocument();
  });

  it('lists every step oldest first, with who, the version and the comment', async () => {
    renderWithProviders(<WorkflowHistory history={history} messages="articles" />);
    const list = within(await screen.findByRole('region', { name: 'Verloop' })).getByRole('list');
    const steps = within(list).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent('Concept door Anna Auteur');
    expect(steps[1]).toHaveTextContent('versie 1');
    expect(steps[2]).toHaveTextContent('Wijzigingen gevraagd door —');
    expect(within(steps[2]!).getByText('Graag een voorbeeld.').tagName).toBe('BLOCKQUOTE');
  });

  it('shows no history before there is any', () => {
    const { container } = renderWithProviders(<WorkflowHistory history={[]} messages="contributions" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('marks changes in words and with ins and del, not by colour alone, and leaves out blank unchanged lines', async () => {
    renderWithProviders(<WorkflowDiff submissions={2} diff={loaded(aDiff)} testId="the-diff" />);
    const lines = within(await screen.findByTestId('the-diff')).getAllByRole('listitem');
    expect(lines).toHaveLength(4);
    expect(screen.getByText(/Van versie 1 naar versie 2\./)).toBeInTheDocument();
    expect(lines[1]).toHaveTextContent('gewijzigd:');
    expect(within(lines[1]!).getByText('ouders.').tagName).toBe('DEL');
    expect(within(lines[1]!).getByText('ouders op school.').tagName).toBe('INS');
    expect(lines[2]!.querySelector('ins')).toHaveTextContent('toegevoegd: Een voorbeeld.');
    expect(lines[3]!.querySelector('del')).toHaveTextContent('verwijderd: Oude zin.');
  });

  it('says the first submission is all new, and shows nothing before a submission', async () => {
    const { unmount } = renderWithProviders(
      <WorkflowDiff submissions={1} diff={loaded({ from: 0, to: 1, lines: [] })} testId="the-diff" />,
    );
    expect(await screen.findByText(/Dit is de eerste indiening: alles is nieuw\./)).toBeInTheDocument();
    unmount();
    const { container } = renderWithProviders(<WorkflowDiff submissions={0} diff={loaded(aDiff)} testId="the-diff" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('links each queued document to its review, with its author and version', async () => {
    renderWithProviders(
      <MemoryRouter>
        <WorkflowQueue
          entries={[
            { id: 'c1', title: 'Koffieochtend', authorName: 'Anna Auteur', submissions: 2, submittedAt: null },
            { id: 'c2', title: 'Huisbezoek', submissions: 0 },
          ]}
          reviewPath={(id) => `/redactie/bijdragen/${id}`}
          messages="contributions"
        />
      </MemoryRouter>,
    );
    const link = await screen.findByRole('link', { name: 'Beoordelen: Koffieochtend' });
    expect(link).toHaveAttribute('href', '/redactie/bijdragen/c1');
    const entries = screen.getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('van Anna Auteur · versie 2');
    expect(entries[1]).toHaveTextContent('van —');
    expect(entries[1]).not.toHaveTextContent('versie');
  });
});
