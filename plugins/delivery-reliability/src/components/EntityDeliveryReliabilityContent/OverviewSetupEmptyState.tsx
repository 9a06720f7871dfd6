import Grid from '@material-ui/core/Grid';
import { Entity } from '@backstage/catalog-model';
import { DeliverySetupEmptyState } from '../DeliverySetupEmptyState';
import { ReliabilitySetupEmptyState } from '../ReliabilitySetupEmptyState';

/**
 * Shown when a Component has neither delivery events nor SLOs: both setup
 * guides of the Delivery and Reliability tabs, side by side.
 */
export function OverviewSetupEmptyState(props: { entity: Entity }) {
  const { entity } = props;
  return (
    <Grid container spacing={3} data-testid="overview-setup-empty-state">
      <Grid item xs={12} lg={6}>
        <DeliverySetupEmptyState entity={entity} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <ReliabilitySetupEmptyState entity={entity} />
      </Grid>
    </Grid>
  );
}
