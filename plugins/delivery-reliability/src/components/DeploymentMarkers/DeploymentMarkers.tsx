import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import { DeploymentView } from '@delivery-reliability/plugin-delivery-reliability-common';

/** How a deployment is named to users: its version, else its id. */
export function deploymentLabel(
  deployment: Pick<DeploymentView, 'id' | 'version'>,
) {
  return deployment.version ?? deployment.id;
}

/**
 * Rollback / hotfix markers of a deployment. `deploymentsById` holds the
 * deployments on screen, so a rollback can name the version it reverts and a
 * reverted deployment can name its rollbacks (`rolledBackBy`, from the
 * API); ids stand in for deployments on other pages.
 */
export function DeploymentMarkers(props: {
  deployment: DeploymentView;
  deploymentsById: Map<string, DeploymentView>;
}) {
  const { deployment, deploymentsById } = props;
  const rolledBackBy = deployment.rolledBackBy ?? [];
  const target = deployment.rollsBack
    ? deploymentsById.get(deployment.rollsBack)
    : undefined;
  let rollbackLabel = 'rollback';
  if (deployment.rollsBack) {
    rollbackLabel = `rollback of ${
      target ? deploymentLabel(target) : deployment.rollsBack
    }`;
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {deployment.rollback && (
        <Chip
          size="small"
          variant="outlined"
          label={rollbackLabel}
          data-testid="deployment-rollback"
        />
      )}
      {deployment.hotfix && (
        <Chip
          size="small"
          variant="outlined"
          color="secondary"
          label="hotfix"
          data-testid="deployment-hotfix"
        />
      )}
      {rolledBackBy.length > 0 && (
        <Chip
          size="small"
          variant="outlined"
          label={`rolled back by ${rolledBackBy
            .map(id => {
              const rollback = deploymentsById.get(id);
              return rollback ? deploymentLabel(rollback) : id;
            })
            .join(', ')}`}
          data-testid="deployment-rolled-back"
        />
      )}
    </Box>
  );
}
