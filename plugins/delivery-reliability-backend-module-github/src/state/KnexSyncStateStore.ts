import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { MergedPull, RepositoryCursor, SyncStateStore } from './types';

// The knex client type without a direct knex dependency.
type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

const migrationsDir = resolvePackagePath(
  '@delivery-reliability/plugin-delivery-reliability-backend-module-github',
  'migrations',
);
// SQLite allows 999 bound parameters per statement.
const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size));
  return out;
}

/**
 * Sync state in the plugin's database. Own migrations table, because the
 * backend plugin's `knex_migrations` would report this module's files as
 * unknown (and vice versa).
 * @internal
 */
export class KnexSyncStateStore implements SyncStateStore {
  static async create(database: DatabaseService): Promise<KnexSyncStateStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({
        directory: migrationsDir,
        tableName: 'knex_migrations_github',
      });
    }
    return new KnexSyncStateStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  async getCursor(repository: string): Promise<RepositoryCursor | undefined> {
    const row = await this.knex('github_repository_cursors')
      .where({ repository })
      .first();
    return row ? JSON.parse(row.cursor) : undefined;
  }

  async knownPullNumbers(repository: string, numbers: number[]) {
    const known = new Set<number>();
    for (const part of chunks(numbers)) {
      const rows = await this.knex('github_merged_pulls')
        .where({ repository })
        .whereIn('number', part)
        .select('number');
      rows.forEach(r => known.add(Number(r.number)));
    }
    return known;
  }

  async pullsByMergeSha(repository: string, shas: string[]) {
    const pulls: MergedPull[] = [];
    for (const part of chunks(shas)) {
      const rows = await this.knex('github_merged_pulls')
        .where({ repository })
        .whereIn('merge_sha', part);
      for (const r of rows) {
        pulls.push({
          number: Number(r.number),
          mergeSha: r.merge_sha,
          mergedAtMs: Number(r.merged_at),
          changeIdsByEntity: JSON.parse(r.change_ids),
        });
      }
    }
    return pulls;
  }

  async save(
    repository: string,
    cursor: RepositoryCursor,
    newPulls: MergedPull[],
    pruneBeforeMs: number,
  ) {
    await this.knex.transaction(async tx => {
      await tx('github_repository_cursors')
        .insert({
          repository,
          cursor: JSON.stringify(cursor),
          updated_at: Date.now(),
        })
        .onConflict('repository')
        .merge();
      // Five columns a row: 150 rows stay under SQLite's parameter limit.
      for (const part of chunks(newPulls, 150)) {
        await tx('github_merged_pulls')
          .insert(
            part.map(p => ({
              repository,
              number: p.number,
              merge_sha: p.mergeSha,
              merged_at: p.mergedAtMs,
              change_ids: JSON.stringify(p.changeIdsByEntity),
            })),
          )
          .onConflict(['repository', 'number'])
          .merge();
      }
      // Pulls merged before the window are no longer linked to new deployments.
      await tx('github_merged_pulls')
        .where({ repository })
        .andWhere('merged_at', '<', pruneBeforeMs)
        .delete();
    });
  }
}
