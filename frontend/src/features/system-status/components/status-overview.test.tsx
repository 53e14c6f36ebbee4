import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/test-utils';
import { StatusOverview } from './status-overview';

let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});

describe('StatusOverview', () => {
  it('shows backend and Elasticsearch as available with their versions', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({
        status: 'UP',
        components: {
          backend: { status: 'UP', version: '0.1.0-SNAPSHOT' },
          elasticsearch: { status: 'UP', version: '9.5.3', clusterStatus: 'green' },
        },
      }),
    );

    renderWithProviders(<StatusOverview />);

    expect(await screen.findByText('Alle onderdelen werken.')).toBeInTheDocument();
    const backend = screen.getByTestId('status-backend');
    expect(backend).toHaveTextContent('Applicatieserver');
    expect(backend).toHaveTextContent('Beschikbaar');
    expect(backend).toHaveTextContent('Versie 0.1.0-SNAPSHOT');
    const elasticsearch = screen.getByTestId('status-elasticsearch');
    expect(elasticsearch).toHaveTextContent('Beschikbaar');
    expect(elasticsearch).toHaveTextContent('Versie 9.5.3');
    expect(elasticsearch).toHaveTextContent('Clusterstatus: groen');
    expect(fetchMock.mock.lastCall?.[0]).toBe('/api/status');
  });

  it('shows Elasticsearch as unavailable when it is down', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({
        status: 'DOWN',
        components: { backend: { status: 'UP', version: '0.1.0-SNAPSHOT' }, elasticsearch: { status: 'DOWN' } },
      }),
    );

    renderWithProviders(<StatusOverview />, { language: 'en' });

    expect(await screen.findByText('One or more components are not working.')).toBeInTheDocument();
    expect(within(screen.getByTestId('status-backend')).getByText('Available')).toBeInTheDocument();
    expect(within(screen.getByTestId('status-elasticsearch')).getByText('Unavailable')).toBeInTheDocument();
  });

  it('shows the error when the status cannot be fetched', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    renderWithProviders(<StatusOverview />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Geen verbinding');
    expect(screen.queryByTestId('status-backend')).not.toBeInTheDocument();
  });
});
