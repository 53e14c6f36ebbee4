/** Who is there: the app asks on every page (the header), and `boot.ts` asks first (`app/early-start.ts`). */
export const ME_URL = '/api/me';
