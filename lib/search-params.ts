// Next.js hands a page its URL query as `Record<string, string | string[] | undefined>`; the list
// pages read one value per key (a repeated key keeps its first value) and let their zod schemas
// turn anything unexpected into "no filter".

/** The first value of a query parameter, or undefined. */
export function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
