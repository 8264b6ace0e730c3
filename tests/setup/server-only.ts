// Stand-in for the `server-only` marker under vitest (see vitest.config.ts).
export {};
