import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { aMe } from '../testing/editor-data';

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-2';
  backend = stubBackend({
    'GET /api/me': () => jsonResponse(aMe()),
    'POST /api/items/import': () =>
      jsonResponse({
        created: 3,
        updated: 1,
        unchanged: 10,
        mapped: { 'Zuid-Holland': 'ZUID_HOLLAND', Landelijk: 'NATIONAL' },
        rejected: [
          {
            line: 7,
            errors: [
              { field: 'sector', code: 'unknown-code', message: 'unknown code' },
              { field: 'title', code: 'required', message: 'must not be blank' },
            ],
          },
          { line: 9, errors: [{ field: 'externalId', code: 'required', message: 'is required on import' }] },
        ],
      }),
  });
});

describe('ItemImport', () => {
  it('sends a CSV file as text/csv with the CSRF header and shows the report with the rejected lines', async () => {
    renderApp('/redactie/import');
    const file = new File(['externalId,title\nx-1,Ouderavond\n'], 'items.csv', { type: 'text/csv' });

    await userEvent.upload(await screen.findByLabelText('Bestand'), file);
    expect(screen.getByRole('radio', { name: 'CSV' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Importeren' }));

    const result = await screen.findByRole('region', { name: 'Resultaat van de import' });
    expect(within(result).getByRole('heading', { name: 'Resultaat van de import' })).toHaveFocus();
    expect(result).toHaveTextContent('Nieuw3');
    expect(result).toHaveTextContent('Bijgewerkt1');
    expect(result).toHaveTextContent('Ongewijzigd10');
    expect(result).toHaveTextContent('Afgewezen regels2');
    const mapped = within(within(result).getByRole('table', { name: '2 namen gelezen als code' })).getAllByRole('row');
    expect(mapped.slice(1).map((row) => row.textContent)).toEqual(['LandelijkNATIONAL', 'Zuid-HollandZUID_HOLLAND']);
    const rows = within(within(result).getByRole('table', { name: /Afgewezen regels/ })).getAllByRole('row');
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      '7sectorKies een van de aangeboden waarden.',
      '7titleDit is verplicht.',
      '9externalIdDit is verplicht.',
    ]);

    const [request] = requestsTo(backend, 'POST', '/api/items/import');
    expect(request?.rawBody).toBe(file);
    expect(request?.headers.get('Content-Type')).toBe('text/csv');
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('csrf-2');
  });

  it('sends NDJSON as application/x-ndjson, and asks for a file first', async () => {
    renderApp('/redactie/import');

    await userEvent.click(await screen.findByRole('button', { name: 'Importeren' }));
    expect(screen.getByText('Kies eerst een bestand.')).toBeInTheDocument();
    // Shown as every form shows a fault: the summary takes the focus, and its link leads to the file field.
    await expectSharedErrorPresentation({
      summaryTitle: /Er is niets geïmporteerd/,
      label: 'Bestand',
      message: 'Kies eerst een bestand.',
      control: screen.getByLabelText('Bestand'),
    });

    await userEvent.upload(screen.getByLabelText('Bestand'), new File(['{}\n'], 'items.ndjson'));
    await userEvent.click(screen.getByRole('button', { name: 'Importeren' }));

    await screen.findByRole('region', { name: 'Resultaat van de import' });
    expect(requestsTo(backend, 'POST', '/api/items/import')[0]?.headers.get('Content-Type')).toBe('application/x-ndjson');
  });
});
