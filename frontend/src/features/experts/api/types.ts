// Experts as the experts API shows them (docs/articles.md).

/** An expert as the portal shows them: what they wrote about themselves, and who they are. */
export interface Expert extends ExpertInput {
  slug: string;
  name: string;
  demo: boolean;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export type ExpertFacet = 'partnership' | 'aspect' | 'sector' | 'region';

export interface ExpertPage {
  total: number;
  experts: Expert[];
  facets: Record<ExpertFacet, FacetValue[]>;
}

/** What an expert writes about themselves (`PUT /api/experts/me`). */
export interface ExpertInput {
  photoUrl: string | null;
  bio: string | null;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region: string | null;
  organisation: string | null;
  /** Whether the expert chose to appear in the directory (always true on public pages). */
  listed: boolean;
}
