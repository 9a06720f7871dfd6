import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** A Group as the comparison sees it. @internal */
export interface OrgGroup {
  /** Lower-case `group:namespace/name`. */
  entityRef: string;
  title?: string;
  /** Parent groups (normally one), lower-case. */
  parentRefs: string[];
  /** Child groups, lower-case. */
  childRefs: string[];
}

/** A Component as the comparison sees it. @internal */
export interface OrgComponent {
  entityRef: string;
  title?: string;
  /** The owning Group; `null` when the owner is not a Group (e.g. a User). */
  ownerRef: string | null;
  systemRef: string | null;
}

/** Every Group and Component the caller may see. @internal */
export interface CatalogOrg {
  groups: Map<string, OrgGroup>;
  components: Map<string, OrgComponent>;
}

// Only what the comparison shows: a listing of a few thousand entities
// stays small and fast to serialise.
const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'relations',
];

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
const kindOf = (ref: string) => ref.slice(0, ref.indexOf(':'));

function targets(entity: Entity, type: string, kind: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => lower(r.targetRef))
    .filter(ref => kindOf(ref) === kind)
    .sort();
}

const titleOf = (entity: Entity) =>
  entity.metadata.title ? { title: entity.metadata.title } : {};

/**
 * Reads every Group and Component in ONE catalog call with the caller's
 * credentials (so a caller only compares what the catalog shows them). The
 * group tree and ownership come from the relations the catalog derives from
 * `spec.parent`/`spec.children`, `spec.owner` and `spec.system`, so every way
 * of declaring them counts; refs are lower-cased like the stored events'.
 * @internal
 */
export async function readCatalogOrg(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<CatalogOrg> {
  const { items } = await catalog.getEntities(
    { filter: [{ kind: 'group' }, { kind: 'component' }], fields: FIELDS },
    { credentials },
  );
  const groups = new Map<string, OrgGroup>();
  const components = new Map<string, OrgComponent>();
  for (const entity of items) {
    const entityRef = lower(stringifyEntityRef(entity));
    if (entity.kind.toLocaleLowerCase('en-US') === 'group') {
      groups.set(entityRef, {
        entityRef,
        ...titleOf(entity),
        parentRefs: targets(entity, 'childOf', 'group'),
        childRefs: targets(entity, 'parentOf', 'group'),
      });
    } else {
      components.set(entityRef, {
        entityRef,
        ...titleOf(entity),
        ownerRef: targets(entity, 'ownedBy', 'group')[0] ?? null,
        systemRef: targets(entity, 'partOf', 'system')[0] ?? null,
      });
    }
  }
  return { groups, components };
}
