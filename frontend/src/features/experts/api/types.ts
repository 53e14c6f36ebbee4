// Experts as the experts API shows them (docs/articles.md).

export interface Expert {
  slug: string;
  name: string;
  photoUrl: string | null;
  bio: string | null;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region: string | null;
  organisation: string | null;
  /** Whether the expert chose to appear in the directory (always true on public pages). */
  listed: boolean;
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

export interface ExpertInput {
  photoUrl: string | null;
  bio: string | null;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region: string | null;
  organisation: string | null;
  listed: boolean;
}
