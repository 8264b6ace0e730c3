// How many paper ids one /api/me/state request may ask about: read by its schema and by the browser,
// which must not pull the zod schemas of lib/validation/library.ts into every page's bundle for a number.

/** The most cards one request asks state for (the longest list page shows 30; instant search fewer). */
export const READER_STATE_MAX_IDS = 100;
