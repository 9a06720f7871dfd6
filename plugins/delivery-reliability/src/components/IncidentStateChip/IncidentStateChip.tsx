import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { IncidentView } from '@delivery-reliability/plugin-delivery-reliability-common';
import { formatDuration } from '../../utils/formatDuration';
import { secondsBetween } from '../../utils/time';

/** `resolved` (with its time to resolve on hover) or `ongoing`. */
export function IncidentStateChip(props: {
  incident: Pick<IncidentView, 'startedAt' | 'resolvedAt'>;
}) {
  const { startedAt, resolvedAt } = props.incident;
  if (!resolvedAt) {
    return (
      <Chip
        size="small"
        color="secondary"
        label="ongoing"
        data-testid="incident-state"
      />
    );
  }
  return (
    <Tooltip
      title={`Resolved after ${formatDuration(
        secondsBetween(startedAt, resolvedAt),
      )}`}
    >
      <Chip
        size="small"
        variant="outlined"
        label="resolved"
        data-testid="incident-state"
      />
    </Tooltip>
  );
}
