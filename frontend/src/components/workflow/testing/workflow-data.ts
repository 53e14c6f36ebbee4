import type { DiffView } from '../types';

/**
 * The diff of a second submission as the backend answers it: a heading kept, a blank line kept, a sentence changed
 * in a few words, a sentence added and one removed.
 */
export const aDiff: DiffView = {
  from: 1,
  to: 2,
  lines: [
    { kind: 'SAME', text: '## Aanpak', segments: [] },
    { kind: 'SAME', text: ' ', segments: [] },
    {
      kind: 'CHANGED',
      text: 'We spraken met ouders op school.',
      segments: [
        { kind: 'SAME', text: 'We spraken met ' },
        { kind: 'REMOVED', text: 'ouders.' },
        { kind: 'ADDED', text: 'ouders op school.' },
      ],
    },
    { kind: 'ADDED', text: 'Een voorbeeld.', segments: [] },
    { kind: 'REMOVED', text: 'Oude zin.', segments: [] },
  ],
};
