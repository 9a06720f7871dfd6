import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ChangeEvent,
  DeploymentEvent,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { RepositoryClient } from '../github/RepositoryClient';
import { SyncStateStore } from '../state/types';
import { RepositoryTarget } from '../targets';

/** What the sync of one repository works with. @internal */
export interface RepositorySyncContext {
  client: RepositoryClient;
  target: RepositoryTarget;
  /** Key of the repository's sync state: `host/owner/repo`, lower-case. */
  repositoryKey: string;
  store: SyncStateStore;
  logger: LoggerService;
  nowMs: number;
  /** Oldest merge or deployment time read (now − backfillDays). */
  windowStartMs: number;
  /** Lower-cased GitHub environment name → our environment name. */
  environmentByGithubName: Map<string, string>;
}

/** Events of one repository sync. @internal */
export interface RepositoryEvents {
  changes: ChangeEvent[];
  deployments: DeploymentEvent[];
}

/** `github:<owner>/<repo>` prefix of event ids. @internal */
export function idPrefix(ctx: RepositorySyncContext): string {
  return `github:${ctx.target.owner}/${ctx.target.repo}`;
}
