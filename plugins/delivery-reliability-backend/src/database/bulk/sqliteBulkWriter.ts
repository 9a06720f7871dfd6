import { Knex } from 'knex';
import { chunk } from '../clientInfo';
import { BulkColumn, BulkRow, BulkWriter } from './types';

// Rows per statement: small statements compile to small SQLite programs
// (each prepared statement holds native memory until garbage collected), and
// stay far below SQLite's 32,766 bound parameters.
const ROWS_PER_STATEMENT = 100;
const VALUES_PER_LIST = 500;

function insertSql(
  table: string,
  columns: BulkColumn[],
  rowCount: number,
): string {
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `insert into ${table} (${columns
    .map(c => c.name)
    .join(', ')}) values ${Array(rowCount).fill(row).join(', ')}`;
}

function bindings(rows: BulkRow[]): Array<string | number | null> {
  // better-sqlite3 binds numbers, strings and null; booleans become 0/1.
  return rows.flatMap(row =>
    row.map(v => (typeof v === 'boolean' ? Number(v) : v)),
  );
}

/**
 * SQLite writer: multi-row `insert … values (…), (…)` statements written as
 * raw SQL, which allocates far less than knex's builder for bulk rows.
 * @internal
 */
export function sqliteBulkWriter(tx: Knex.Transaction): BulkWriter {
  return {
    async upsert(table, columns, rows, merge) {
      const set = Object.entries(merge)
        .map(([column, sql]) => `${column} = ${sql}`)
        .join(', ');
      for (const part of chunk(rows, ROWS_PER_STATEMENT)) {
        await tx.raw(
          `${insertSql(
            table,
            columns,
            part.length,
          )} on conflict (id) do update set ${set}`,
          bindings(part),
        );
      }
      // SQLite cannot tell inserted from updated rows here; clean up all.
      const idIndex = columns.findIndex(c => c.name === 'id');
      return rows.map(row => String(row[idIndex]));
    },
    async insert(table, columns, rows) {
      for (const part of chunk(rows, ROWS_PER_STATEMENT)) {
        await tx.raw(insertSql(table, columns, part.length), bindings(part));
      }
    },
    async deleteWhereIn(table, column, values) {
      for (const part of chunk(values, VALUES_PER_LIST)) {
        await tx.raw(
          `delete from ${table} where ${column} in (${part
            .map(() => '?')
            .join(', ')})`,
          part,
        );
      }
    },
  };
}
