import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Link } from '@backstage/core-components';
import { deliveryReliabilityComparisonReadPermission } from '@delivery-reliability/plugin-delivery-reliability-common';

/** Where the README explains the permission and shows an example policy. */
export const COMPARISON_PERMISSION_DOCS_URL =
  'https://www.npmjs.com/package/@delivery-reliability/plugin-delivery-reliability#permissions';

/** True for the backend's 403: the comparison permission was denied. */
export function isPermissionDenied(error: Error): boolean {
  // ResponseError carries the status; checked by shape, as errors may cross bundles.
  return (error as { statusCode?: number }).statusCode === 403;
}

/** Says which permission the comparison needs and where its setup is documented. */
export function PermissionDeniedPanel(props: { docsUrl?: string }) {
  const { docsUrl = COMPARISON_PERMISSION_DOCS_URL } = props;
  const name = deliveryReliabilityComparisonReadPermission.name;
  return (
    <Alert severity="warning" data-testid="comparison-permission-denied">
      <AlertTitle>You need the {name} permission</AlertTitle>
      <Typography variant="body2" paragraph>
        The team comparison shows every team&apos;s and service&apos;s figures
        side by side, so it is only for the people your Backstage permission
        policy allows to read it (for example leads). The entity pages&apos;
        Delivery and Reliability tabs do not need it.
      </Typography>
      <Typography variant="body2">
        Ask your Backstage administrators to grant <code>{name}</code>; the{' '}
        <Link to={docsUrl}>README&apos;s Permissions section</Link> shows an
        example policy.
      </Typography>
    </Alert>
  );
}
