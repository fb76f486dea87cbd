// How many cases a hostile-text property runs: a few in `npm test`, many in `npm run fuzz`
// (scripts/fuzz.mjs sets CCHC_FUZZ=1).
export const fuzzRuns = (normal: number, long: number): number => (process.env['CCHC_FUZZ'] === '1' ? long : normal);
