import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { DoraResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DoraQueryWindow, formatDoraWindow } from '../../utils/doraWindow';
import { DoraRangeSelector } from '../DoraRangeSelector';
import { DoraTiles } from '../DoraTiles';

/** Props of {@link DoraSummary}. */
export interface DoraSummaryProps {
  window: DoraQueryWindow;
  onDaysChange: (days: number) => void;
  /** The state of the `/v1/dora` request for `window`. */
  response?: DoraResponse;
  error?: Error;
  /** True while `response` is still the answer for an earlier window. */
  loading?: boolean;
  /** e.g. "checkout" or "team-checkout (4 services)". */
  subject?: ReactNode;
}

/**
 * Heading with the window and range selector, then the five DORA tiles (or
 * progress, or the error).
 */
export function DoraSummary(props: DoraSummaryProps) {
  const { window, onDaysChange, response, error, loading, subject } = props;
  let body;
  if (error) {
    body = (
      <ResponseErrorPanel title="Could not load DORA metrics" error={error} />
    );
  } else if (!response) {
    body = <Progress />;
  } else {
    body = (
      <>
        {loading && <Progress />}
        <DoraTiles response={response} />
      </>
    );
  }
  return (
    <Box data-testid="dora-summary">
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        mb={2}
        style={{ gap: 8 }}
      >
        <Box>
          <Typography variant="h5" component="h2">
            DORA metrics
          </Typography>
          <Typography
            variant="body2"
            color="textSecondary"
            data-testid="dora-window"
          >
            {subject && <>{subject} · </>}
            {formatDoraWindow(window)} (UTC)
            {response &&
              ` · deployments to ${response.environments.join(', ')}`}
          </Typography>
        </Box>
        <DoraRangeSelector days={window.days} onChange={onDaysChange} />
      </Box>
      {body}
    </Box>
  );
}
