/** A column written in bulk, with its PostgreSQL type for array binding. @internal */
export interface BulkColumn {
  name: string;
  pgType: 'varchar' | 'text' | 'bigint' | 'integer' | 'boolean';
}

/** A row as values in column order. @internal */
export type BulkRow = Array<string | number | boolean | null>;

/**
 * `column = <sql>` assignments of an upsert's `do update set`; the SQL may
 * use `excluded.<column>` and `<table>.<column>` (valid on both databases).
 * @internal
 */
export type MergeAssignments = Record<string, string>;

/**
 * Set-based writes, one round trip per statement, whatever the row count.
 * @internal
 */
export interface BulkWriter {
  /**
   * `insert … on conflict (id) do update set …`. Resolves to the ids that
   * may have replaced a stored row (exact on PostgreSQL, every id on SQLite),
   * so that dependent rows are only cleaned up where needed.
   */
  upsert(
    table: string,
    columns: BulkColumn[],
    rows: BulkRow[],
    merge: MergeAssignments,
  ): Promise<string[]>;
  insert(table: string, columns: BulkColumn[], rows: BulkRow[]): Promise<void>;
  deleteWhereIn(table: string, column: string, values: string[]): Promise<void>;
}

/** Assignments that replace every column but `id` with the new value. @internal */
export function replaceAll(columns: BulkColumn[]): MergeAssignments {
  return Object.fromEntries(
    columns
      .filter(c => c.name !== 'id')
      .map(c => [c.name, `excluded.${c.name}`]),
  );
}
