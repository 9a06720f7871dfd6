import {
  AuthService,
  BackstageCredentials,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { OPENSLO_ANNOTATION } from '@delivery-reliability/plugin-delivery-reliability-common';
import { EntitySloDefinitions, SloDefinitionsService } from '../contracts';
import { gatherSloDocuments } from './gatherSloDocuments';

/** Dependencies of {@link CatalogSloDefinitions}. @internal */
export interface CatalogSloDefinitionsOptions {
  catalog: CatalogService;
  auth: AuthService;
  urlReader: UrlReaderService;
  integrations: ScmIntegrationRegistry;
  /** Inline documents by lower-case entity ref (see `readInlineSloDocuments`). */
  inline: Map<string, unknown[]>;
  /** How long read files are reused; default 60 s. */
  cacheTtlMs?: number;
  now?: () => number;
}

const lower = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/**
 * SLO definitions from the OpenSLO annotation's files and inline config.
 * Parsed results are cached briefly, keyed by the annotation and source
 * location, so evaluation cycles do not re-read every file each step; the
 * catalog is still asked on every call, which keeps visibility checks live.
 * @internal
 */
export class CatalogSloDefinitions implements SloDefinitionsService {
  private readonly cache = new Map<
    string,
    { expiresMs: number; value: Promise<EntitySloDefinitions> }
  >();

  constructor(private readonly options: CatalogSloDefinitionsOptions) {}

  async forEntity(
    entityRef: string,
    opts?: { credentials?: BackstageCredentials },
  ): Promise<EntitySloDefinitions> {
    let ref: string;
    try {
      ref = stringifyEntityRef(parseEntityRef(entityRef)).toLocaleLowerCase(
        'en-US',
      );
    } catch {
      throw new InputError(
        `entityRef "${entityRef}" is not an entity ref; write kind:namespace/name, e.g. component:default/checkout-api`,
      );
    }
    // Users read the catalog as themselves, so they only see what they may.
    // Service callers (a CI pipeline asking the gate) hold tokens restricted
    // to this plugin, which the catalog would refuse: the plugin reads the
    // catalog for them.
    const caller = opts?.credentials;
    const credentials =
      caller && this.options.auth.isPrincipal(caller, 'user')
        ? caller
        : await this.options.auth.getOwnServiceCredentials();
    const entity = await this.options.catalog.getEntityByRef(ref, {
      credentials,
    });
    const inline = this.options.inline.get(ref);
    // Inline config may name an entity the catalog has not ingested yet;
    // its SLOs are evaluated and shown all the same.
    if (!entity && !inline) {
      throw new NotFoundError(
        `entityRef ${ref} was not found in the catalog (or you may not see it)`,
      );
    }
    const annotations = entity?.metadata.annotations ?? {};
    const key = JSON.stringify([
      ref,
      annotations[OPENSLO_ANNOTATION],
      annotations['backstage.io/source-location'],
      annotations['backstage.io/managed-by-location'],
    ]);
    const now = (this.options.now ?? Date.now)();
    for (const [k, v] of this.cache)
      if (v.expiresMs <= now) this.cache.delete(k);
    const hit = this.cache.get(key);
    if (hit && hit.expiresMs > now) return hit.value;
    const value = gatherSloDocuments({
      entityRef: ref,
      entity,
      inlineDocuments: inline ?? [],
      urlReader: this.options.urlReader,
      integrations: this.options.integrations,
    });
    this.cache.set(key, {
      expiresMs: now + (this.options.cacheTtlMs ?? 60_000),
      value,
    });
    return value;
  }

  async listEntityRefs(): Promise<string[]> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${OPENSLO_ANNOTATION}`]: CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    const refs = new Set([...this.options.inline.keys(), ...items.map(lower)]);
    return [...refs].sort();
  }
}
