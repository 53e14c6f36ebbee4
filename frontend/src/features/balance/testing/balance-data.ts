import { ASPECTS, PARTNERSHIPS } from '@/lib/taxonomy';
import type { CellResult, Question, Results, TeamView } from '../api/types';

/** The 30 questions in the grid's order, each named after its cell so tests can find it. */
export function aModel(): { sector: null; cells: (Question & { count: number })[] } {
  return {
    sector: null,
    cells: PARTNERSHIPS.flatMap((partnership) =>
      ASPECTS.map((aspect) => ({ partnership, aspect, question: `Vraag ${partnership} ${aspect}?`, questionEn: `Question ${partnership} ${aspect}?`, count: 0 })),
    ),
  };
}

/** Results with every cell scored 3 except the ones given. */
export function someResults(scores: Record<string, Partial<Omit<CellResult, 'questionEn'>>> = {}, overrides: Partial<Results> = {}): Results {
  const cells = PARTNERSHIPS.flatMap((partnership) =>
    ASPECTS.map(
      (aspect): CellResult => ({
        partnership,
        aspect,
        question: `Vraag ${partnership} ${aspect}?`,
        questionEn: `Question ${partnership} ${aspect}?`,
        score: 3,
        answered: 1,
        notApplicable: 0,
        ...scores[`${partnership}/${aspect}`],
      }),
    ),
  );
  return {
    respondents: 1,
    cells,
    partnerships: PARTNERSHIPS.map((code) => ({ code, score: 3, cells: 6 })),
    aspects: ASPECTS.map((code) => ({ code, score: code === 'BUILDING' ? 2.2 : 3, cells: 5 })),
    weakest: [{ partnership: 'SOCIETAL', aspect: 'BUILDING', question: 'Vraag SOCIETAL BUILDING?', questionEn: 'Question SOCIETAL BUILDING?', score: 1 }],
    disagreements: [],
    recommendations: [
      {
        partnership: 'SOCIETAL',
        aspect: 'BUILDING',
        items: [{ slug: 'schoolplein-open', type: 'PRACTICE_EXAMPLE', title: 'Het schoolplein open voor de buurt' }],
        events: [{ id: 'ev-1', title: 'Buurtavond', startsAt: '2030-03-05T18:00:00Z', city: 'Utrecht' }],
        experts: [{ slug: 'karim-el-idrissi', name: 'Karim El Idrissi', organisation: 'Stichting Wijk & Gezin' }],
      },
    ],
    ...overrides,
  };
}

export function aTeam(overrides: Partial<TeamView> = {}): TeamView {
  return {
    id: 'team-1',
    name: 'Basisschool De Linde',
    owner: true,
    inviteToken: 'geheim-token',
    memberId: 'm-owner',
    memberCount: 3,
    members: [
      { id: 'm-owner', name: 'Marieke Jansen', answered: true, owner: true },
      { id: 'm-2', name: 'Lid 2', answered: true, owner: false },
      { id: 'm-3', name: 'Lid 3', answered: false, owner: false },
    ],
    round: 2,
    rounds: [
      { number: 1, startedAt: '2025-01-10T09:00:00Z', respondents: 3 },
      { number: 2, startedAt: '2025-06-10T09:00:00Z', respondents: 2 },
    ],
    myAnswers: [],
    notAnsweredCount: 1,
    results: someResults(
      { 'INFORMAL/CULTURE': { score: 2.5, spread: 1.5, lowest: 1, highest: 4, change: 0.5, answered: 2 } },
      {
        respondents: 2,
        disagreements: [
          {
            partnership: 'INFORMAL',
            aspect: 'CULTURE',
            question: 'Vraag INFORMAL CULTURE?',
            questionEn: 'Question INFORMAL CULTURE?',
            score: 2.5,
            spread: 1.5,
          },
        ],
      },
    ),
    actions: [],
    ...overrides,
  };
}
