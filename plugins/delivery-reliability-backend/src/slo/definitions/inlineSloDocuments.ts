import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

const KEY = 'deliveryReliability.slo.entities';

/**
 * The inline OpenSLO documents of `deliveryReliability.slo.entities`, by
 * lower-case entity ref; an entity listed twice gets both lists. Throws at
 * start-up on a malformed ref, since a typo would silently hide the SLOs.
 * @internal
 */
export function readInlineSloDocuments(config: Config): Map<string, unknown[]> {
  const byRef = new Map<string, unknown[]>();
  const entries = config.getOptionalConfigArray(KEY) ?? [];
  entries.forEach((entry, index) => {
    const raw = entry.getString('entityRef');
    let ref: string;
    try {
      ref = stringifyEntityRef(parseEntityRef(raw)).toLocaleLowerCase('en-US');
    } catch {
      throw new Error(
        `Invalid config ${KEY}[${index}].entityRef: "${raw}" is not an entity ref; write kind:namespace/name, e.g. component:default/checkout-api`,
      );
    }
    // get() keeps the documents as plain JSON, which is what the parser takes.
    const documents = entry.getOptional<unknown[]>('documents') ?? [];
    if (!Array.isArray(documents)) {
      throw new Error(
        `Invalid config ${KEY}[${index}].documents: must be a list of OpenSLO documents`,
      );
    }
    byRef.set(ref, [...(byRef.get(ref) ?? []), ...documents]);
  });
  return byRef;
}
