import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  DeploymentView,
  LeadTimeStart,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { ChangesTable } from '../ChangesTable';
import { DeploymentIncidentsTable } from '../DeploymentIncidentsTable';

/** Expanded row of the deployments table: what shipped and what broke. */
export function DeploymentDetailPanel(props: {
  deployment: DeploymentView;
  leadTimeStart?: LeadTimeStart;
}) {
  const { deployment, leadTimeStart } = props;
  return (
    <Box
      px={4}
      py={2}
      data-testid="deployment-detail"
      data-deployment-id={deployment.id}
    >
      <Typography variant="subtitle2" component="h3" gutterBottom>
        Changes ({deployment.changes.length})
      </Typography>
      <ChangesTable
        changes={deployment.changes}
        deploymentFinishedAt={deployment.finishedAt}
        leadTimeStart={leadTimeStart}
      />
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Attributed incidents ({deployment.incidents.length})
        </Typography>
        <DeploymentIncidentsTable incidents={deployment.incidents} />
      </Box>
    </Box>
  );
}
