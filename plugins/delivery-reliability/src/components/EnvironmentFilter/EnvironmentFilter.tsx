import TextField from '@material-ui/core/TextField';

/**
 * Native select of the environments seen so far; empty value means all.
 * Native, so it is keyboard- and test-friendly (`selectOption`).
 */
export function EnvironmentFilter(props: {
  environments: string[];
  value: string | undefined;
  onChange: (environment: string | undefined) => void;
}) {
  const { environments, value, onChange } = props;
  return (
    <TextField
      select
      id="delivery-reliability-environment-filter"
      label="Environment"
      variant="outlined"
      size="small"
      value={value ?? ''}
      onChange={event => onChange(event.target.value || undefined)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      <option value="">All environments</option>
      {environments.map(environment => (
        <option key={environment} value={environment}>
          {environment}
        </option>
      ))}
    </TextField>
  );
}
