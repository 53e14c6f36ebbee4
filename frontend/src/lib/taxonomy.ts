// Codes of the portal's taxonomy (copied from the shared domain description). Labels live in the message catalogues
// under `taxonomy.*`, so a code without a Dutch and English label fails the type check.

/** The model of five partnerships, in the order the model presents them. */
export const PARTNERSHIPS = ['INFORMAL', 'FORMAL', 'DIDACTIC', 'PEDAGOGIC', 'SOCIETAL'] as const;
export type Partnership = (typeof PARTNERSHIPS)[number];

export const SECTORS = ['VVE', 'EDUCATION', 'CARE', 'CHILDCARE', 'SPORT'] as const;
export type Sector = (typeof SECTORS)[number];
