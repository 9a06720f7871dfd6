import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { SloStatusCounts as Counts } from '@delivery-reliability/plugin-delivery-reliability-common';
import { SloStatusCounts } from './SloStatusCounts';

/**
 * The Reliability side: SLO objectives by status (the counts the verdict
 * used), then what the caller adds — for a Component the release gate and
 * each SLO's budget.
 */
export function ReliabilityPanel(props: {
  /** From the verdict; absent while it loads or when it failed. */
  counts?: Counts;
  /** What the counts cover, e.g. "the SLOs of the components it owns". */
  countsLabel: string;
  children?: ReactNode;
  deepLink?: { title: string; link: string };
}) {
  const { counts, countsLabel, children, deepLink } = props;
  return (
    <InfoCard
      title="Reliability"
      subheader="SLOs and error budgets over their own windows"
      deepLink={deepLink}
    >
      <div data-testid="overview-reliability">
        {counts && (
          <Box mb={1.5}>
            <Typography variant="caption" color="textSecondary">
              {countsLabel}
            </Typography>
            <SloStatusCounts counts={counts} />
          </Box>
        )}
        {children}
      </div>
    </InfoCard>
  );
}
