import { Knex } from 'knex';
import { isSqlite } from '../database/clientInfo';

/** Rollups of one entity in one environment, stale from `fromMs` (a UTC midnight) on. @internal */
export interface RollupScope {
  entityRef: string;
  environment: string;
  fromMs: number;
}

/** Identity of a scope, for maps. @internal */
export function scopeKey(entityRef: string, environment: string): string {
  return `${entityRef}\n${environment}`;
}

/** A row as a driver returns it (pg: bigint as string; SQLite: booleans as 0/1). @internal */
export type SqlRow = Record<string, any>;

/** Rows of a `knex.raw` result: pg answers `{ rows }`, better-sqlite3 an array. @internal */
export function rowsOf(result: any): SqlRow[] {
  return Array.isArray(result) ? result : result.rows;
}

/**
 * `s(entity_ref, environment, from_ms) as (values …)` for a `with` clause:
 * the scopes as a relation both databases can join, one statement for many
 * entities instead of one per entity.
 * @internal
 */
export function scopesCte(
  knex: Knex,
  scopes: readonly RollupScope[],
): { sql: string; bindings: Array<string | number> } {
  // pg infers VALUES column types from the first row; cast so ids compare as text.
  const row = isSqlite(knex)
    ? '(?, ?, ?)'
    : '(cast(? as varchar(255)), cast(? as varchar(255)), cast(? as bigint))';
  return {
    sql: `s(entity_ref, environment, from_ms) as (values ${scopes
      .map(() => row)
      .join(', ')})`,
    bindings: scopes.flatMap(s => [s.entityRef, s.environment, s.fromMs]),
  };
}

/**
 * `column in (…)` for a list of strings: one array parameter on PostgreSQL
 * (`= any(?)`), a parameter per value on SQLite (callers keep lists below
 * its 32,766 parameters).
 * @internal
 */
export function inList(
  knex: Knex,
  column: string,
  values: readonly string[],
): { sql: string; bindings: any[] } {
  if (!isSqlite(knex)) {
    return { sql: `${column} = any(?::varchar[])`, bindings: [values] };
  }
  if (values.length === 0) return { sql: '1 = 0', bindings: [] };
  return {
    sql: `${column} in (${values.map(() => '?').join(', ')})`,
    bindings: [...values],
  };
}
