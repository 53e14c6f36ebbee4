// Codes of the portal's taxonomy (copied from the shared domain description). Labels live in the message catalogues
// under `taxonomy.*`, so a code without a Dutch and English label fails the type check.

/** The model of five partnerships, in the order the model presents them. */
export const PARTNERSHIPS = ['INFORMAL', 'FORMAL', 'DIDACTIC', 'PEDAGOGIC', 'SOCIETAL'] as const;
export type Partnership = (typeof PARTNERSHIPS)[number];

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

export function isSector(code: unknown): code is Sector {
  return typeof code === 'string' && (SECTORS as readonly string[]).includes(code);
}

export function isRegion(code: unknown): code is Region {
  return typeof code === 'string' && (REGIONS as readonly string[]).includes(code);
}
