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
