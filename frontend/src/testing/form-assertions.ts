import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

interface SharedErrorPresentation {
  /** The summary's heading (or a part of it). */
  summaryTitle: string | RegExp;
  /** The field's label as the summary names it. */
  label: string;
  /** What is wrong, in the reader's language. */
  message: string;
  /** The control (or checkbox group) the error belongs to. */
  control: HTMLElement;
  /** Said before the message to screen readers. */
  prefix?: string;
}

/**
 * How every form of the portal shows a refused field (components/form): a summary that has the focus and links to
 * the field, the field marked invalid and described by the message, and the link moving the focus to it.
 */
export async function expectSharedErrorPresentation({ summaryTitle, label, message, control, prefix = 'Fout:' }: SharedErrorPresentation) {
  const summary = await screen.findByRole('alert', { name: summaryTitle });
  expect(summary).toHaveFocus();
  const link = within(summary).getByRole('link', { name: `${label}: ${message}` });
  if (control.tagName === 'FIELDSET') {
    expect(control).toHaveAccessibleDescription(`${prefix} ${message}`);
  } else {
    expect(control).toHaveAttribute('aria-invalid', 'true');
    expect(control).toHaveAccessibleDescription(expect.stringContaining(`${prefix} ${message}`));
  }
  await userEvent.click(link);
  const focusTarget = control.tagName === 'FIELDSET' ? within(control).getAllByRole('checkbox')[0] : control;
  expect(focusTarget).toHaveFocus();
}
