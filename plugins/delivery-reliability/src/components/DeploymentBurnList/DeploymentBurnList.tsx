import { useState } from 'react';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { DeploymentBurnResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { countOf } from '../../utils/doraFormat';
import { BurnRow } from './BurnRow';
import { burnedFirst, formatBudgetShare } from './burnFormat';

const HEADINGS = [
  'Deployment',
  'Finished',
  'Worst SLO',
  'Budget used: hour before → after',
  'Change (of the period’s budget)',
  '',
];

/** Why nothing is listed: no deployment, or none burned (and how many were checked). */
function emptyText(response: DeploymentBurnResponse) {
  const checked = response.deployments.length;
  if (checked === 0) {
    return 'No production deployment finished in this window, so there was nothing to check.';
  }
  const pending = response.deployments.filter(d => !d.complete).length;
  const suffix =
    pending > 0 ? ` (${pending} still within their first hour)` : '';
  return `No deployment burned budget in this window: ${countOf(
    checked,
    'production deployment',
  )} checked${suffix}.`;
}

/**
 * "Deployments that burned budget": for each production deployment of the
 * window, the error budget consumed in the hour after it against the hour
 * before; those that burned budget first. Shows only those by default, with
 * a toggle for every checked deployment.
 */
export function DeploymentBurnList(props: {
  response?: DeploymentBurnResponse;
  error?: Error;
}) {
  const { response, error } = props;
  const [showAll, setShowAll] = useState(false);
  let content;
  if (error) {
    content = (
      <ResponseErrorPanel
        title="Could not load the budget burned per deployment"
        error={error}
      />
    );
  } else if (!response) {
    content = <Progress />;
  } else {
    const sorted = burnedFirst(response.deployments);
    const rows = showAll ? sorted : sorted.filter(d => d.burned);
    content = (
      <>
        <FormControlLabel
          control={
            <Switch
              checked={showAll}
              onChange={(_event, checked) => setShowAll(checked)}
              color="primary"
              inputProps={{ 'aria-label': 'Show all checked deployments' }}
            />
          }
          label={`Show all ${countOf(
            response.deployments.length,
            'checked deployment',
          )}`}
        />
        {rows.length === 0 ? (
          <Typography
            variant="body2"
            color="textSecondary"
            data-testid="deployment-burn-empty"
          >
            {emptyText(response)}
          </Typography>
        ) : (
          <Table size="small" aria-label="Deployments that burned budget">
            <TableHead>
              <TableRow>
                {HEADINGS.map(h => (
                  <TableCell key={h}>{h}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(d => (
                <BurnRow key={d.deploymentId} deployment={d} />
              ))}
            </TableBody>
          </Table>
        )}
      </>
    );
  }
  const rule = response
    ? `; burned when the hour after used ≥ ${formatBudgetShare(
        response.thresholdRatio,
      )} of an SLO period's budget more`
    : '';
  return (
    <InfoCard
      title="Deployments that burned budget"
      subheader={`Error budget consumed in the hour after each production deployment against the hour before${rule}.`}
    >
      <div data-testid="deployment-burn-list">{content}</div>
    </InfoCard>
  );
}
