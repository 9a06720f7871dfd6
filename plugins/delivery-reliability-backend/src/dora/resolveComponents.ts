import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

// Group trees deeper than this are treated as cyclic data.
const MAX_GROUP_DEPTH = 32;
// Only what a ref needs: responses for a thousand components stay small.
const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/**
 * Entities of `kind` with a `relationType` relation to one of `targets`.
 * The catalog derives these relations from the spec (`spec.owner` →
 * ownedBy, `spec.system` → partOf, `spec.parent` and a parent's
 * `spec.children` → childOf), so one filter covers every way of declaring it.
 */
async function related(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  kind: string,
  relationType: string,
  targets: readonly string[],
): Promise<string[]> {
  const { items } = await catalog.getEntities(
    {
      filter: { kind, [`relations.${relationType}`]: [...targets] },
      fields: REF_FIELDS,
    },
    { credentials },
  );
  return items.map(refOf);
}

async function assertExists(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  entityRef: string,
): Promise<void> {
  if (!(await catalog.getEntityByRef(entityRef, { credentials }))) {
    throw new NotFoundError(
      `entityRef ${entityRef} was not found in the catalog (or you may not see it)`,
    );
  }
}

/** The group and its descendant groups, one catalog query per level. */
async function groupTree(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  root: string,
): Promise<string[]> {
  const groups = new Set([root]);
  let frontier = [root];
  for (let depth = 0; frontier.length > 0 && depth < MAX_GROUP_DEPTH; depth++) {
    const children = await related(
      catalog,
      credentials,
      'group',
      'childOf',
      frontier,
    );
    frontier = children.filter(ref => !groups.has(ref));
    frontier.forEach(ref => groups.add(ref));
  }
  return [...groups];
}

/**
 * The components whose events a DORA answer for `entityRef` counts, resolved
 * through the catalog with the caller's credentials (so a caller only counts
 * the components the catalog shows them): a Component is itself (no catalog
 * call); a System, the components that are part of it; a Group, the
 * components owned by it or any of its descendant groups. The existence
 * check runs alongside the resolution, so it adds no latency.
 * @returns lower-case refs, sorted.
 * @internal
 */
export async function resolveComponentRefs(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  entityRef: string,
): Promise<string[]> {
  const kind = parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US');
  if (kind === 'component') return [entityRef];
  const resolve = async () =>
    kind === 'system'
      ? related(catalog, credentials, 'component', 'partOf', [entityRef])
      : related(
          catalog,
          credentials,
          'component',
          'ownedBy',
          await groupTree(catalog, credentials, entityRef),
        );
  const [components] = await Promise.all([
    resolve(),
    assertExists(catalog, credentials, entityRef),
  ]);
  return [...new Set(components)].sort();
}
