/**
 * Which entities a repository's events belong to, from their annotations.
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  GITHUB_DEPLOYMENT_SELECTOR_ANNOTATION,
  GITHUB_PATH_PREFIXES_ANNOTATION,
  GITHUB_PROJECT_SLUG_ANNOTATION,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** Which deployments are an entity's. @internal */
export type DeploymentSelector =
  | { kind: 'environment'; pattern: RegExp }
  | { kind: 'workflow'; name: string };

/** One entity fed from a repository. @internal */
export interface EntityTarget {
  entityRef: string;
  /** Path prefixes (monorepo); undefined means every change. */
  pathPrefixes?: string[];
  selector?: DeploymentSelector;
  /**
   * Appended to event ids. Empty for a whole-repository entity, so ids are the
   * plain `github:<owner>/<repo>:…`; `@<entityRef>` for monorepo entities, since
   * one pull request or deployment can then belong to several entities.
   */
  idSuffix: string;
}

/** A repository and the entities it feeds. @internal */
export interface RepositoryTarget {
  owner: string;
  repo: string;
  entities: EntityTarget[];
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`,
    'i',
  );
}

/** Parses `environment:<glob>` or `workflow:<name>`; throws naming the fix. @internal */
export function parseDeploymentSelector(value: string): DeploymentSelector {
  const match = /^(environment|workflow):(.+)$/.exec(value.trim());
  if (!match) {
    throw new Error(
      `${GITHUB_DEPLOYMENT_SELECTOR_ANNOTATION} must be environment:<glob> or workflow:<name>, got '${value}'`,
    );
  }
  return match[1] === 'environment'
    ? { kind: 'environment', pattern: globToRegExp(match[2].trim()) }
    : { kind: 'workflow', name: match[2].trim() };
}

/** Comma-separated prefixes, without leading `/`, each ending in `/`. @internal */
export function parsePathPrefixes(value: string): string[] {
  return value
    .split(',')
    .map(p => p.trim().replace(/^\/+/, '').replace(/\/*$/, '/'))
    .filter(p => p !== '/');
}

/**
 * Groups annotated entities by repository. An entity with a bad annotation
 * is reported through `onInvalid` and left out; the others still sync.
 * @internal
 */
export function toRepositoryTargets(
  entities: Entity[],
  onInvalid: (entityRef: string, reason: string) => void,
): RepositoryTarget[] {
  const byRepo = new Map<string, RepositoryTarget>();
  for (const entity of entities) {
    const annotations = entity.metadata.annotations ?? {};
    const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const slug = annotations[GITHUB_PROJECT_SLUG_ANNOTATION]?.trim() ?? '';
    const [owner, repo, ...rest] = slug.split('/');
    if (!owner || !repo || rest.length > 0) {
      onInvalid(
        entityRef,
        `${GITHUB_PROJECT_SLUG_ANNOTATION} must be <owner>/<repo>, got '${slug}'`,
      );
      continue;
    }
    try {
      const paths = annotations[GITHUB_PATH_PREFIXES_ANNOTATION];
      const selector = annotations[GITHUB_DEPLOYMENT_SELECTOR_ANNOTATION];
      const monorepo = Boolean(paths || selector);
      const target: EntityTarget = {
        entityRef,
        pathPrefixes: paths ? parsePathPrefixes(paths) : undefined,
        selector: selector ? parseDeploymentSelector(selector) : undefined,
        idSuffix: monorepo ? `@${entityRef}` : '',
      };
      const key = `${owner}/${repo}`.toLocaleLowerCase('en-US');
      const group = byRepo.get(key) ?? { owner, repo, entities: [] };
      if (!monorepo && group.entities.some(e => e.idSuffix === '')) {
        throw new Error(
          `another entity already takes all of ${key}; give both ${GITHUB_PATH_PREFIXES_ANNOTATION} or ${GITHUB_DEPLOYMENT_SELECTOR_ANNOTATION}`,
        );
      }
      group.entities.push(target);
      byRepo.set(key, group);
    } catch (error) {
      onInvalid(entityRef, (error as Error).message);
    }
  }
  return [...byRepo.values()];
}
