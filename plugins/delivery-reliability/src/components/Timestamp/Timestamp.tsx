import Tooltip from '@material-ui/core/Tooltip';
import { formatAbsoluteTime, formatRelativeTime } from '../../utils/time';

/** A point in time as "3 hours ago", with the full local date and time on hover. */
export function Timestamp(props: { iso: string }) {
  const { iso } = props;
  return (
    <Tooltip title={formatAbsoluteTime(iso)}>
      <time dateTime={iso}>{formatRelativeTime(iso)}</time>
    </Tooltip>
  );
}
