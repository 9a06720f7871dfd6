import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import {
  DoraTier,
  DoraTierTableRef,
} from '@delivery-reliability/plugin-delivery-reliability-common';

// The usual DORA palette: greens for elite/high, amber for medium, red for low.
const useStyles = makeStyles({
  elite: { backgroundColor: '#1b5e20', color: '#fff' },
  high: { backgroundColor: '#66bb6a', color: '#000' },
  medium: { backgroundColor: '#ffb300', color: '#000' },
  low: { backgroundColor: '#c62828', color: '#fff' },
});

function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Props of {@link DoraTierBadge}. */
export interface DoraTierBadgeProps {
  tier: DoraTier | null;
  /** The table the tier comes from, named on the badge (`High · DORA 2023`). */
  tierTable: DoraTierTableRef;
  /** Only the tier on the badge (tables); the table is named on hover. */
  compact?: boolean;
}

/**
 * A metric's tier as a coloured chip that names the tier table; nothing when
 * the metric has no tier (no data, or rework rate).
 */
export function DoraTierBadge(props: DoraTierBadgeProps) {
  const { tier, tierTable, compact } = props;
  const classes = useStyles();
  if (!tier) return null;
  const tableLabel = `DORA ${tierTable.year}`;
  return (
    <Tooltip title={`${capitalize(tier)} under ${tierTable.name}`}>
      <Chip
        size="small"
        className={classes[tier]}
        label={
          compact ? capitalize(tier) : `${capitalize(tier)} · ${tableLabel}`
        }
        data-testid="dora-tier-badge"
        data-tier={tier}
      />
    </Tooltip>
  );
}
