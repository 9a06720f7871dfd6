import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { OpenSloIssue } from '@delivery-reliability/plugin-delivery-reliability-common';

/** `SLO "latency" (document 2)`: whatever the document says about itself. */
export function describeOpenSloDocument(document: OpenSloIssue['document']) {
  const kind = document.kind ?? 'Document';
  const name = document.name ? ` "${document.name}"` : '';
  return `${kind}${name} (document ${document.index + 1})`;
}

/**
 * Problems in the entity's OpenSLO definitions, one line each (document,
 * kind, path, message). The SLOs they affect are left out of the list, so
 * this box says why one is missing. Nothing when there are none.
 */
export function SloDefinitionIssues(props: { issues: OpenSloIssue[] }) {
  const { issues } = props;
  if (issues.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="slo-definition-issues">
      <AlertTitle>
        {issues.length === 1
          ? '1 problem in the OpenSLO definitions'
          : `${issues.length} problems in the OpenSLO definitions`}
      </AlertTitle>
      <Typography variant="body2" paragraph>
        SLOs with problems are not evaluated until they are fixed.
      </Typography>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {issues.map((issue, i) => (
          <li key={i} data-testid="slo-definition-issue">
            <Typography variant="body2">
              <strong>{describeOpenSloDocument(issue.document)}</strong>
              {issue.path ? (
                <>
                  {' '}
                  at <code>{issue.path}</code>
                </>
              ) : null}
              : {issue.message}
            </Typography>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
