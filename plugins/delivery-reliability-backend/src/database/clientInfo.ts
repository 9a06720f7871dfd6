import { Knex } from 'knex';

/** True when the connection is SQLite (better-sqlite3 or sqlite3). @internal */
export function isSqlite(knex: Knex): boolean {
  return String(knex.client.config.client).includes('sqlite');
}

/** Splits `items` into consecutive chunks of at most `size`. @internal */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

/** Reads a bigint column: pg returns bigint as a string, SQLite as a number. @internal */
export function toMs(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Like {@link toMs} for nullable columns. @internal */
export function toOptionalMs(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toMs(value);
}
