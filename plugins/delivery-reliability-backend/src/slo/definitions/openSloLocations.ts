import {
  Entity,
  getEntitySourceLocation,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { OPENSLO_ANNOTATION } from '@delivery-reliability/plugin-delivery-reliability-common';
import path from 'path';

/** Where one OpenSLO file of an entity lives. @internal */
export interface OpenSloLocation {
  /** `file`: a path on this machine; `url`: read through the UrlReader. */
  type: 'file' | 'url';
  target: string;
  /** As written in the annotation, for messages. */
  written: string;
}

const isAbsoluteUrl = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value);

/**
 * Resolves the comma-separated paths of the OpenSLO annotation: absolute
 * URLs as they are, relative paths against the entity's source location
 * (the directory of its `catalog-info.yaml`). File locations (e.g. the demo
 * app's `examples/`) stay on disk, since the UrlReader does not read `file:`.
 * Throws when a relative path has no location to resolve against.
 * @internal
 */
export function openSloLocationsOf(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): OpenSloLocation[] {
  const value = entity.metadata.annotations?.[OPENSLO_ANNOTATION] ?? '';
  const written = value
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  return written.map(item => {
    if (isAbsoluteUrl(item))
      return { type: 'url', target: item, written: item };
    let base;
    try {
      base = getEntitySourceLocation(entity);
    } catch {
      throw new Error(
        `${OPENSLO_ANNOTATION} of ${stringifyEntityRef(
          entity,
        )} names the relative path "${item}" but the entity has no source location; use an absolute URL`,
      );
    }
    if (base.type === 'file') {
      // A directory source location ends with a slash; a file one names
      // the catalog file, whose directory the path is relative to.
      const dir = base.target.endsWith('/')
        ? base.target
        : path.dirname(base.target);
      return { type: 'file', target: path.resolve(dir, item), written: item };
    }
    const target = integrations.resolveUrl({ url: item, base: base.target });
    return { type: 'url', target, written: item };
  });
}
