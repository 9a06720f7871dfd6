import { Fragment } from 'react';
import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { ComparisonTeam } from '@delivery-reliability/plugin-delivery-reliability-common';
import { rowName } from '../ComparisonFilters/rowName';
import {
  VERDICT_KINDS,
  VERDICT_LABELS,
  verdictColor,
} from '../../utils/verdictStyle';

/**
 * The page's answer in one line: the shown teams grouped by verdict, most
 * urgent first — `Stabilise: team-discovery · Ship more often: team-ledger`;
 * hovering a team shows why.
 */
export function VerdictSummary(props: { teams: ComparisonTeam[] }) {
  const { teams } = props;
  const theme = useTheme();
  const groups = VERDICT_KINDS.map(kind => ({
    kind,
    teams: teams
      .filter(team => team.verdict.kind === kind)
      .sort((a, b) => rowName(a).localeCompare(rowName(b))),
  })).filter(group => group.teams.length > 0);
  return (
    <Box
      component="section"
      aria-label="Which teams should focus on speed and which on stability"
      data-testid="verdict-summary"
    >
      <Typography variant="subtitle1" component="h2">
        Where each team should focus
      </Typography>
      <Typography variant="body2" component="div">
        {groups.length === 0 && 'No team to show.'}
        {groups.map((group, index) => (
          <Box
            component="span"
            key={group.kind}
            data-testid="verdict-summary-group"
            data-verdict={group.kind}
          >
            {index > 0 && ' · '}
            <strong style={{ color: verdictColor(theme, group.kind) }}>
              {VERDICT_LABELS[group.kind]}
            </strong>
            {': '}
            {group.teams.map((team, i) => (
              <Fragment key={team.entityRef}>
                {i > 0 && ', '}
                <Tooltip title={team.verdict.headline}>
                  <span>
                    <EntityRefLink entityRef={team.entityRef}>
                      {rowName(team)}
                    </EntityRefLink>
                  </span>
                </Tooltip>
              </Fragment>
            ))}
          </Box>
        ))}
      </Typography>
    </Box>
  );
}
