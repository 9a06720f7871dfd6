import Grid from '@material-ui/core/Grid';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useDoraRange, useDoraReport } from '../../hooks/useDora';
import { countOf } from '../../utils/doraFormat';
import { DoraSummary } from '../DoraSummary';
import { DoraTrendCharts } from '../DoraTrendCharts';
import { TeamBreakdownTable } from '../TeamBreakdownTable';
import { TeamDeliveryEmptyState } from './TeamDeliveryEmptyState';

/**
 * Delivery tab of a Group page: the team's five DORA metrics — computed by
 * the backend from the events of every component the group and its child
 * groups own, never averaged — then each component's own metrics, and trends.
 * @public
 */
export function EntityTeamDeliveryContent() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const { window, setDays } = useDoraRange();
  const dora = useDoraReport(groupRef, window, { breakdown: true });
  const response = dora.value;

  if (response && response.entityRefs.length === 0) {
    return <TeamDeliveryEmptyState groupRef={groupRef} />;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <DoraSummary
          window={window}
          onDaysChange={setDays}
          response={response}
          error={dora.error}
          loading={dora.loading}
          subject={response && countOf(response.entityRefs.length, 'component')}
        />
      </Grid>
      {response && (
        <Grid item xs={12}>
          <TeamBreakdownTable
            breakdown={response.breakdown ?? []}
            tierTable={response.tierTable}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <DoraTrendCharts entityRef={groupRef} window={window} />
      </Grid>
    </Grid>
  );
}
