// Codes of the portal's taxonomy (copied from the shared domain description). Labels live in the message catalogues
// under `taxonomy.*`, so a code without a Dutch and English label fails the type check.

/** The model of five partnerships, in the order the model presents them. */
export const PARTNERSHIPS = ['INFORMAL', 'FORMAL', 'DIDACTIC', 'PEDAGOGIC', 'SOCIETAL'] as const;
export type Partnership = (typeof PARTNERSHIPS)[number];

/** The six aspects every partnership is worked out in: the rows of the 5x6 model. */
export const ASPECTS = ['COMMUNICATION', 'CULTURE', 'ORGANISATION', 'MATERIALS', 'BUILDING', 'ICT'] as const;
export type Aspect = (typeof ASPECTS)[number];

export const SECTORS = ['VVE', 'EDUCATION', 'CARE', 'CHILDCARE', 'SPORT'] as const;
export type Sector = (typeof SECTORS)[number];

/** The twelve provinces, for a person's or an event's region. */
export const REGIONS = [
  'DRENTHE',
  'FLEVOLAND',
  'FRIESLAND',
  'GELDERLAND',
  'GRONINGEN',
  'LIMBURG',
  'NOORD_BRABANT',
  'NOORD_HOLLAND',
  'OVERIJSSEL',
  'UTRECHT',
  'ZEELAND',
  'ZUID_HOLLAND',
] as const;
export type Region = (typeof REGIONS)[number];

/** Catalogue items are about one province or the whole country. */
export const NATIONAL = 'NATIONAL';
export const ITEM_REGIONS = [NATIONAL, ...REGIONS] as const;
export type ItemRegion = (typeof ITEM_REGIONS)[number];

export const CONTENT_TYPES = ['PRACTICE_EXAMPLE', 'TOOL', 'PUBLICATION'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The search facets, named as the search API's parameters. */
export const FACETS = ['type', 'partnership', 'aspect', 'sector', 'region'] as const;
export type Facet = (typeof FACETS)[number];

function isOneOf<T extends string>(values: readonly T[], code: unknown): code is T {
  return typeof code === 'string' && (values as readonly string[]).includes(code);
}

export const isPartnership = (code: unknown): code is Partnership => isOneOf(PARTNERSHIPS, code);
export const isAspect = (code: unknown): code is Aspect => isOneOf(ASPECTS, code);
export const isSector = (code: unknown): code is Sector => isOneOf(SECTORS, code);
export const isRegion = (code: unknown): code is Region => isOneOf(REGIONS, code);
export const isItemRegion = (code: unknown): code is ItemRegion => isOneOf(ITEM_REGIONS, code);
export const isContentType = (code: unknown): code is ContentType => isOneOf(CONTENT_TYPES, code);
export const isFacet = (code: unknown): code is Facet => isOneOf(FACETS, code);
