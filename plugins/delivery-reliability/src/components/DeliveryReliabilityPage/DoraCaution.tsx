import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { DoraTierTableRef } from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * DORA's own caution, in our words, where a lead reads the table: compare
 * a team with its own past, not with other teams.
 */
export function DoraCaution(props: { tierTable?: DoraTierTableRef }) {
  const { tierTable } = props;
  return (
    <Alert
      severity="info"
      data-testid="dora-caution"
      aria-label="How to read this page"
    >
      <AlertTitle>
        Compare each team with its own past, not with each other
      </AlertTitle>
      <Typography variant="body2">
        DORA made these metrics for a team to see where it stands and improve on
        its own previous figures — the trend arrows. Teams differ in product,
        architecture, risk and constraints, so do not rank teams or make one
        team&apos;s numbers another&apos;s target. Tiers are clusters from one
        year&apos;s survey
        {tierTable ? ` (here the ${tierTable.name})` : ''}, not grades. Use the
        page to decide what each team works on next: speed or stability.
      </Typography>
    </Alert>
  );
}
