import { parseEntityRef } from '@backstage/catalog-model';
import { ComparisonRow } from '@delivery-reliability/plugin-delivery-reliability-common';

/** What a team or service is called on the page: its title, else its name. */
export function rowName(row: Pick<ComparisonRow, 'entityRef' | 'title'>) {
  return row.title ?? parseEntityRef(row.entityRef).name;
}
