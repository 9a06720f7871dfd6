import { DatabaseService } from '@backstage/backend-plugin-api';
import { createHash } from 'node:crypto';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/** What a pull source remembers about one scope (a service, a query). @public */
export interface PollState {
  /** End of the last fully stored poll; undefined before the first one. */
  polledUntilMs?: number;
  /** Provider ids of incidents still open at that poll, re-read until resolved. */
  openIds: string[];
}

/**
 * Per-scope poll cursors of one pull source, in a table the source's own
 * migration creates (columns `scope_key`, `scope`, `polled_until`,
 * `open_ids`). Scopes are keyed by their SHA-256 so long queries fit a key.
 * @public
 */
export class PollStateStore {
  constructor(
    private readonly knex: Knex,
    private readonly tableName: string,
  ) {}

  async get(scope: string): Promise<PollState> {
    const row = await this.knex(this.tableName)
      .where({ scope_key: keyOf(scope) })
      .first();
    if (!row) return { openIds: [] };
    return {
      polledUntilMs: row.polled_until
        ? Date.parse(row.polled_until)
        : undefined,
      openIds: JSON.parse(row.open_ids ?? '[]'),
    };
  }

  async set(scope: string, state: PollState): Promise<void> {
    await this.knex(this.tableName)
      .insert({
        scope_key: keyOf(scope),
        scope,
        polled_until:
          state.polledUntilMs === undefined
            ? null
            : new Date(state.polledUntilMs).toISOString(),
        open_ids: JSON.stringify(state.openIds),
      })
      .onConflict('scope_key')
      .merge();
  }
}

function keyOf(scope: string): string {
  return createHash('sha256').update(scope).digest('hex');
}
