import Grid from '@material-ui/core/Grid';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { DeploymentsSection } from '../DeploymentsSection';
import { IncidentsTable } from '../IncidentsTable';

/**
 * Delivery tab of an entity page: recent deployments (with changes and
 * attributed incidents) and, below, the entity's incidents.
 * @public
 */
export function EntityDeliveryContent() {
  const { entity } = useEntity();
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <DeploymentsSection entity={entity} />
      </Grid>
      <Grid item xs={12}>
        <IncidentsTable entityRef={stringifyEntityRef(entity)} />
      </Grid>
    </Grid>
  );
}
