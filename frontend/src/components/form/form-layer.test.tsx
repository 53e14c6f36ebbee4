import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { z } from '@/lib/zod';
import { ProblemError, toProblemDetails, type InvalidParam } from '@/lib/problem-details';
import { renderWithProviders } from '@/testing/test-utils';
import { CheckboxGroup } from './checkbox-group';
import { InputField } from './field';
import { Form, FormActions, SubmitButton } from './form';
import { RepeatableRows } from './repeatable-rows';
import { flattenErrors, formFieldOf, isMessageKey } from './server-errors';
import { StaleVersionAlert } from './stale-version-alert';
import { usePortalForm } from './use-portal-form';

const schema = z.object({
  title: z.string().min(1, 'problems.fields.required'),
  sectors: z.array(z.string()),
  links: z.array(z.object({ title: z.string(), url: z.string() })),
});
type Values = z.input<typeof schema>;

interface HarnessProps {
  onSubmit?: (values: z.output<typeof schema>) => void;
  serverError?: unknown;
  values?: Partial<Values>;
  busy?: boolean;
}

function Harness({ onSubmit = vi.fn(), serverError, values, busy }: HarnessProps) {
  const form = usePortalForm(schema, { defaultValues: { title: 'Ouderavond', sectors: [], links: [], ...values }, serverError });
  return (
    <Form form={form} onSubmit={onSubmit} busy={busy} summaryTitle="Niet opgeslagen. Verbeter het volgende:">
      <InputField name="title" label="Titel" note="verplicht" hint="Kort en duidelijk." />
      <CheckboxGroup name="sectors" legend="Sectoren" facet="sector" codes={['EDUCATION', 'CHILDCARE', 'SPORT']} />
      <RepeatableRows
        name="links"
        legend="Links"
        emptyText="Nog geen links."
        addLabel="Link toevoegen"
        removeLabel={(number) => `Link ${number} verwijderen`}
        newRow={() => ({ title: '', url: '' })}
      >
        {(index) => (
          <>
            <InputField name={`links.${index}.title`} label={`Titel van link ${index + 1}`} />
            <InputField name={`links.${index}.url`} label={`Adres van link ${index + 1}`} type="url" />
          </>
        )}
      </RepeatableRows>
      <FormActions>
        <SubmitButton label="Opslaan" busyLabel="Bezig…" busy={busy} />
      </FormActions>
    </Form>
  );
}

const refusal = (errors: InvalidParam[]) =>
  new ProblemError(toProblemDetails({ type: '/problems/validation', status: 400, title: 'Invalid', errors }, 400));

describe('Field', () => {
  it('ties the label, note and hint to the control, and adds the error once there is one', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} />);
    const title = screen.getByRole('textbox', { name: 'Titel (verplicht)' });
    expect(title).toHaveAccessibleDescription('Kort en duidelijk.');
    expect(title).not.toHaveAttribute('aria-invalid');

    await userEvent.clear(title);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await screen.findByRole('alert');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Kort en duidelijk. Fout: Dit is verplicht.');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('ErrorSummary', () => {
  it('takes the focus on a failed submit, links each fault to its field, and takes it again on the next failure', async () => {
    renderWithProviders(<Harness />);
    await userEvent.clear(screen.getByRole('textbox', { name: /^Titel/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('alert', { name: 'Niet opgeslagen. Verbeter het volgende:' });
    expect(summary).toHaveFocus();
    await userEvent.click(within(summary).getByRole('link', { name: 'Titel: Dit is verplicht.' }));
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
  });

  it('is not there while nothing is wrong', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ title: 'Ouderavond', sectors: [], links: [] }, expect.anything()));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('server field errors', () => {
  it('appear on the same fields as the schema’s, translated, in the order of the form', () => {
    const error = refusal([
      { field: 'links[0].url', code: 'invalid-format', message: 'must match' },
      { field: 'sectors[1]', code: 'unknown-code', message: 'unknown sector' },
      { field: 'title', code: 'too-long', max: 200, message: 'size must be between 0 and 200' },
      { field: 'title', code: 'invalid-value', message: 'bad' },
    ]);
    renderWithProviders(<Harness serverError={error} values={{ sectors: ['EDUCATION', 'X'], links: [{ title: 'a', url: 'b' }] }} />);

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Titel: Gebruik hoogstens 200 tekens.; Deze waarde is niet geldig.',
      'Sectoren: Kies een van de aangeboden waarden.',
      'Adres van link 1: Dit heeft niet de juiste vorm.',
    ]);
    expect(screen.getByRole('group', { name: 'Sectoren' })).toHaveAccessibleDescription('Fout: Kies een van de aangeboden waarden.');
    expect(screen.getByRole('textbox', { name: 'Adres van link 1' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Titel van link 1' })).not.toHaveAttribute('aria-invalid');
  });

  it('go when the failure does', async () => {
    function Retried() {
      const [error, setError] = useState<unknown>(refusal([{ field: 'title', code: 'required', message: 'blank' }]));
      return (
        <>
          <button type="button" onClick={() => setError(null)}>
            Gelukt
          </button>
          <Harness serverError={error} />
        </>
      );
    }
    renderWithProviders(<Retried />);
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Gelukt' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Titel/ })).not.toHaveAttribute('aria-invalid');
  });

  it('map onto react-hook-form paths: rows keep their index, a code of a checkbox group names the group', () => {
    const values = { sectors: ['EDUCATION'], links: [{ title: '', url: '' }], venue: { name: '' }, groups: 'a\nb' };
    expect(formFieldOf('links[0].url', values)).toBe('links.0.url');
    expect(formFieldOf('sectors[0]', values)).toBe('sectors');
    expect(formFieldOf('venue.name', values)).toBe('venue.name');
    expect(formFieldOf('groups[1]', values)).toBe('groups');
    expect(formFieldOf('questions[2].options', { questions: [] })).toBe('questions.2.options');
    expect(formFieldOf('unknown', values)).toBe('unknown');
  });

  it('are listed in the order of the form’s fields, rows by index, whatever order they came in', () => {
    const errors = {
      links: [undefined, { url: { type: 'server', message: 'b' } }],
      title: { type: 'server', message: 'a' },
      root: { server: { type: 'server', message: 'c' } },
    };
    expect(flattenErrors(errors as never, ['title', 'sectors', 'links'])).toEqual([
      { name: 'title', message: 'a' },
      { name: 'links.1.url', message: 'b' },
      { name: 'root.server', message: 'c' },
    ]);
    expect(isMessageKey('problems.fields.required')).toBe(true);
    expect(isMessageKey('Invalid input')).toBe(false);
    expect(isMessageKey('problems.fields')).toBe(false);
  });
});

describe('CheckboxGroup', () => {
  it('sends the codes in the order they were ticked and drops an unticked one', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} values={{ sectors: ['CHILDCARE'] }} />);
    const group = screen.getByRole('group', { name: 'Sectoren' });
    expect(within(group).getByRole('checkbox', { name: 'Opvang' })).toBeChecked();

    await userEvent.click(within(group).getByRole('checkbox', { name: 'Sport' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Onderwijs' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Opvang' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await vi.waitFor(() => expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ sectors: ['SPORT', 'EDUCATION'] }));
  });
});

describe('RepeatableRows', () => {
  it('adds a row from the keyboard with the focus in its first field, and removes one with the focus on the add button', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} />);
    expect(screen.getByText('Nog geen links.')).toBeInTheDocument();

    screen.getByRole('button', { name: 'Link toevoegen' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Titel van link 1' })).toHaveFocus();
    await userEvent.keyboard('Handreiking');
    await userEvent.click(screen.getByRole('button', { name: 'Link toevoegen' }));
    expect(screen.getByRole('textbox', { name: 'Titel van link 2' })).toHaveFocus();
    await userEvent.keyboard('Folder');

    await userEvent.click(screen.getByRole('button', { name: 'Link 1 verwijderen' }));

    expect(screen.getByRole('button', { name: 'Link toevoegen' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Titel van link 1' })).toHaveValue('Folder');
    expect(screen.queryByRole('textbox', { name: 'Titel van link 2' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ links: [{ title: 'Folder', url: '' }] }));
  });
});

describe('SubmitButton', () => {
  it('stays focusable while saving, and a second press sends nothing', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} busy />);
    const button = screen.getByRole('button', { name: 'Bezig…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(button).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('StaleVersionAlert', () => {
  it('takes the focus, explains, and reloads on request', async () => {
    const onReload = vi.fn();
    renderWithProviders(
      <StaleVersionAlert title="Intussen gewijzigd" text="Laad de nieuwste versie." reloadLabel="Nieuwste versie laden" onReload={onReload} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('Intussen gewijzigdLaad de nieuwste versie.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('offers no button where the page cannot reload', () => {
    renderWithProviders(<StaleVersionAlert title="Intussen gewijzigd" text="Laad opnieuw." reloadLabel="Laden" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
