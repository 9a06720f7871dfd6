import Grid from '@material-ui/core/Grid';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useDoraRange, useDoraReport } from '../../hooks/useDora';
import { DeploymentsSection } from '../DeploymentsSection';
import { DoraSummary } from '../DoraSummary';
import { DoraTrendCharts } from '../DoraTrendCharts';
import { IncidentsTable } from '../IncidentsTable';

/**
 * Delivery tab of an entity page: the five DORA metrics over a selectable
 * range (with tiers, deltas and trends), recent deployments (with changes,
 * lead time and attributed incidents) and the entity's incidents.
 * @public
 */
export function EntityDeliveryContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { window, setDays } = useDoraRange();
  const dora = useDoraReport(entityRef, window);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <DoraSummary
          window={window}
          onDaysChange={setDays}
          response={dora.value}
          error={dora.error}
          loading={dora.loading}
        />
      </Grid>
      <Grid item xs={12}>
        <DoraTrendCharts entityRef={entityRef} window={window} />
      </Grid>
      <Grid item xs={12}>
        {/* Lead times start where the metric starts them (first commit by default). */}
        <DeploymentsSection
          entity={entity}
          leadTimeStart={dora.value?.leadTimeStart}
        />
      </Grid>
      <Grid item xs={12}>
        <IncidentsTable entityRef={entityRef} />
      </Grid>
    </Grid>
  );
}
