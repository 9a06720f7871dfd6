import {
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import {
  attributeRows,
  loadLatestProductionDeploymentsBefore,
} from './attribution';
import { toIncidentView } from './rowToView';
import { PageRequest } from './types';

/**
 * Incidents of an entity, newest start first (ties by id), each with the
 * deployment it is attributed to.
 * @internal
 */
export async function listIncidents(
  knex: Knex,
  entityRef: string,
  { limit, offset }: PageRequest,
  productionEnvironments: string[],
): Promise<Page<IncidentView>> {
  const [{ count }] = await knex('incidents')
    .where('entity_ref', entityRef)
    .count({ count: '*' });
  const rows = await knex('incidents')
    .where('entity_ref', entityRef)
    .orderBy([
      { column: 'started_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit)
    .offset(offset);

  const candidates = await loadLatestProductionDeploymentsBefore(
    knex,
    entityRef,
    rows,
    productionEnvironments,
  );
  const attribution = attributeRows(rows, candidates, productionEnvironments);
  return {
    items: rows.map(row => toIncidentView(row, attribution.get(row.id))),
    totalCount: Number(count),
    limit,
    offset,
  };
}
