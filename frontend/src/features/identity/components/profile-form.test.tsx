import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders, requestsTo, stubBackend } from '@/testing/test-utils';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { aProfile } from '../testing/profiles';
import { ProfileForm } from './profile-form';

const filledIn = aProfile({ organisation: 'OBS De Regenboog', sector: 'EDUCATION', region: 'UTRECHT', bio: 'Leerkracht groep 3' });

describe('ProfileForm', () => {
  it('starts from the saved profile', () => {
    renderWithProviders(<ProfileForm user={filledIn} />);

    expect(screen.getByLabelText('Organisatie')).toHaveValue('OBS De Regenboog');
    expect(screen.getByLabelText('Sector')).toHaveDisplayValue('Onderwijs');
    expect(screen.getByLabelText('Regio')).toHaveDisplayValue('Utrecht');
    expect(screen.getByLabelText('Over mij')).toHaveValue('Leerkracht groep 3');
  });

  it('saves the changes with the CSRF token and says so', async () => {
    const backend = stubBackend({ 'PUT /api/me/profile': (request) => jsonResponse(aProfile(request.body as object)) });
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    renderWithProviders(<ProfileForm user={aProfile()} />, { language: 'en' });

    await userEvent.type(screen.getByLabelText('Organisation'), 'Kinderopvang Zonnestraal');
    await userEvent.selectOptions(screen.getByLabelText('Sector'), 'Childcare');
    await userEvent.selectOptions(screen.getByLabelText('Region'), 'South Holland');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your profile has been saved.');
    const requests = requestsTo(backend, 'PUT', '/api/me/profile');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toEqual({
      organisation: 'Kinderopvang Zonnestraal',
      sector: 'CHILDCARE',
      region: 'ZUID_HOLLAND',
      bio: null,
    });
    expect(requests[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('sends cleared fields as null, not as empty codes the backend would reject', async () => {
    const backend = stubBackend({ 'PUT /api/me/profile': () => jsonResponse(aProfile()) });
    renderWithProviders(<ProfileForm user={filledIn} />);

    await userEvent.clear(screen.getByLabelText('Organisatie'));
    await userEvent.selectOptions(screen.getByLabelText('Sector'), 'Geen keuze');
    await userEvent.selectOptions(screen.getByLabelText('Regio'), 'Geen keuze');
    await userEvent.clear(screen.getByLabelText('Over mij'));
    await userEvent.type(screen.getByLabelText('Over mij'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    await screen.findByText('Uw profiel is opgeslagen.');
    const requests = requestsTo(backend, 'PUT', '/api/me/profile');
    expect(requests[0]?.body).toEqual({ organisation: null, sector: null, region: null, bio: null });
  });

  it('shows the backend field errors beside their fields, with a summary that takes the focus and leads to the first', async () => {
    stubBackend({
      'PUT /api/me/profile': () =>
        problemResponse(400, {
          type: '/problems/validation',
          title: 'Invalid request',
          detail: 'Invalid value for: organisation, region',
          errors: [
            { field: 'organisation', code: 'too-long', max: 200, message: 'size must be between 0 and 200' },
            { field: 'region', code: 'unknown-code', message: 'unknown region code' },
          ],
        }),
    });
    renderWithProviders(<ProfileForm user={filledIn} />);

    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Uw profiel is niet opgeslagen');
    const organisation = screen.getByLabelText('Organisatie');
    expect(organisation).toHaveAttribute('aria-invalid', 'true');
    expect(organisation).toHaveAccessibleDescription(/Gebruik hoogstens 200 tekens\./);
    expect(organisation).toHaveAccessibleDescription(/Maximaal 200 tekens/);
    // Every form moves the focus to its error summary, whose first link leads to the first field at fault.
    expect(summary).toHaveFocus();
    await userEvent.click(within(summary).getAllByRole('link')[0]!);
    expect(organisation).toHaveFocus();
    const region = screen.getByLabelText('Regio');
    expect(region).toHaveAttribute('aria-invalid', 'true');
    expect(region).toHaveAccessibleDescription('Fout: Kies een van de aangeboden waarden.');
    expect(screen.getByLabelText('Sector')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Sector')).not.toHaveAccessibleDescription();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('clears the field errors once a new attempt succeeds', async () => {
    let attempts = 0;
    stubBackend({
      'PUT /api/me/profile': () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(400, { errors: [{ field: 'bio', code: 'too-long', max: 2000, message: 'size must be between 0 and 2000' }] })
          : jsonResponse(aProfile());
      },
    });
    renderWithProviders(<ProfileForm user={filledIn} />);

    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByLabelText('Over mij')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByText('Uw profiel is opgeslagen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Over mij')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a problem without field errors as an error message', async () => {
    stubBackend({
      'PUT /api/me/profile': () =>
        problemResponse(401, {
          type: '/problems/unauthenticated',
          title: 'Login required',
          detail: 'Log in to use this part of the portal.',
        }),
    });
    renderWithProviders(<ProfileForm user={filledIn} />);

    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Inloggen vereist');
  });

  it('shows a refused field the way every form does', async () => {
    stubBackend({
      'PUT /api/me/profile': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'sector', code: 'unknown-code', message: 'unknown sector' }] }),
    });
    renderWithProviders(<ProfileForm user={filledIn} />);

    await userEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    await expectSharedErrorPresentation({
      summaryTitle: /Uw profiel is niet opgeslagen/,
      label: 'Sector',
      message: 'Kies een van de aangeboden waarden.',
      control: screen.getByLabelText('Sector'),
    });
  });
});
