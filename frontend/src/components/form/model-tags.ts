import { z } from '@/lib/zod';

/**
 * The model's tags as every tagging form holds them: the partnership, aspect and sector codes ticked in its
 * `CheckboxGroup`s. Spread into the form's schema; the backend checks the codes themselves.
 */
export const modelTagFields = {
  partnerships: z.array(z.string()),
  aspects: z.array(z.string()),
  sectors: z.array(z.string()),
};

/** The model's tags of a document, a request or a form's values. */
export interface ModelTags {
  partnerships: string[];
  aspects: string[];
  sectors: string[];
}

/**
 * The tags of `from` and nothing else (none without it): spread into a form's values, or into the request its
 * schema's output is, where the three lists travel as they are.
 */
export function modelTags(from?: ModelTags): ModelTags {
  return { partnerships: from?.partnerships ?? [], aspects: from?.aspects ?? [], sectors: from?.sectors ?? [] };
}
