import TextField from '@material-ui/core/TextField';
import { DORA_RANGE_DAYS } from '../../utils/doraWindow';

/**
 * Native select of the DORA window length in days (30, 90, 180, 365).
 * Native, like the environment filter, so it is keyboard- and test-friendly.
 */
export function DoraRangeSelector(props: {
  days: number;
  onChange: (days: number) => void;
}) {
  const { days, onChange } = props;
  return (
    <TextField
      select
      id="delivery-reliability-dora-range"
      label="Range"
      variant="outlined"
      size="small"
      value={days}
      onChange={event => onChange(Number(event.target.value))}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      inputProps={{ 'data-testid': 'dora-range-selector' }}
    >
      {DORA_RANGE_DAYS.map(option => (
        <option key={option} value={option}>
          Last {option} days
        </option>
      ))}
    </TextField>
  );
}
