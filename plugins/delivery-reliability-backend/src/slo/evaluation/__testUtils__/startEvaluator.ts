import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SliSource } from '@delivery-reliability/plugin-delivery-reliability-node';
import { Knex } from 'knex';
import { CatalogSloDefinitions } from '../../definitions/CatalogSloDefinitions';
import { readInlineSloDocuments } from '../../definitions/inlineSloDocuments';
import { KnexSliBucketWriter } from '../../store/KnexSliBucketWriter';
import { SloEvaluator } from '../SloEvaluator';

export const ENTITY = 'component:default/checkout';
export const STEP_MS = 5 * 60_000;

/**
 * A real evaluator over `knex` whose only entity has `documents` as inline
 * config (no catalog entry needed); definitions are not cached, so a test
 * may change them between cycles through `setDocuments`.
 */
export function startEvaluator(
  knex: Knex,
  sources: SliSource[],
  documents: object[],
) {
  const inline = new Map<string, unknown[]>();
  const setDocuments = (docs: object[]) => {
    const config = new ConfigReader({
      deliveryReliability: {
        slo: { entities: [{ entityRef: ENTITY, documents: docs }] },
      },
    });
    for (const [k, v] of readInlineSloDocuments(config)) inline.set(k, v);
  };
  setDocuments(documents);
  const definitions = new CatalogSloDefinitions({
    catalog: catalogServiceMock(),
    auth: mockServices.auth(),
    urlReader: mockServices.urlReader.mock(),
    integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
    inline,
    cacheTtlMs: 0,
  });
  const writer = new KnexSliBucketWriter(knex);
  const evaluator = new SloEvaluator({
    definitions,
    writer,
    sources,
    stepMs: STEP_MS,
    logger: mockServices.logger.mock(),
  });
  return { evaluator, writer, setDocuments };
}
