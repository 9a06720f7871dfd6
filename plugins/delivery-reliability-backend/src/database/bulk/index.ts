import { Knex } from 'knex';
import { isSqlite } from '../clientInfo';
import { sqliteBulkWriter } from './sqliteBulkWriter';
import { pgBulkWriter } from './pgBulkWriter';
import { BulkWriter } from './types';

export * from './types';

/** The fastest {@link BulkWriter} for the transaction's database. @internal */
export function createBulkWriter(tx: Knex.Transaction): BulkWriter {
  return isSqlite(tx) ? sqliteBulkWriter(tx) : pgBulkWriter(tx);
}
