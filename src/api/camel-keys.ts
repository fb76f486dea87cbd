// The JSON reports' few snake_case keys (the CSV's column names: rank_low, index_before…) in
// camelCase, as a JavaScript program names them.
const camel = (key: string): string => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function camelKeys<T>(value: T): { [key: string]: unknown } {
  const walk = (v: unknown): Json => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v as Json;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [camel(k), walk(x)]));
  };
  return walk(value) as { [key: string]: Json };
}
