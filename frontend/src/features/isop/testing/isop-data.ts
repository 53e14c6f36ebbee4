import type { School } from '../api/types';

// Answers of the ISOP API, for tests that state only what they are about.

/** The school every ISOP test is about, as the register, its page and its dossier name it. */
export function aSchool(): School {
  return { slug: 'de-vlinderboom', name: 'De Vlinderboom', brin: '99XX01', place: 'Utrecht', province: 'UTRECHT', sector: 'EDUCATION' };
}
