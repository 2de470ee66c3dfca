import { type Compilable, CompiledQuery } from 'kysely';

/** A query compiled once, whose parameters are bound by name on each run. */
export interface QueryTemplate {
  bind(values: Record<string, unknown>): CompiledQuery;
}

/**
 * Compiles a query built with named placeholders. Each placeholder is a unique sentinel while compiling; its
 * position among the compiled parameters is then known, so later runs skip building and compiling (and, on
 * SQLite, reuse the prepared statement). The SQL stays parameterized.
 */
export const compileTemplate = (build: (p: (name: string) => string) => Compilable): QueryTemplate => {
  const sentinel = (name: string) => `\u0000param:${name}`;
  const compiled = build(sentinel).compile();
  const slots = compiled.parameters.map((v) => (typeof v === 'string' && v.startsWith('\u0000param:') ? v.slice(7) : { literal: v }));
  return {
    bind: (values) => CompiledQuery.raw(compiled.sql, slots.map((s) => (typeof s === 'string' ? values[s] : s.literal))),
  };
};
