import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import { ScatterXMetric, ScatterYMetric } from './scatterData';

/** What each axis choice is called. */
export const X_OPTIONS: Record<ScatterXMetric, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTimeForChanges: 'Lead time (p50)',
};

/** What each axis choice is called. */
export const Y_OPTIONS: Record<ScatterYMetric, string> = {
  sloAttainment: 'SLOs met',
  changeFailureRate: 'Change failure rate',
};

/** The chosen axes and whether services are plotted instead of teams. */
export interface ScatterChoice {
  xMetric: ScatterXMetric;
  yMetric: ScatterYMetric;
  showServices: boolean;
}

function AxisSelect<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
}) {
  const { id, label, value, options, onChange } = props;
  return (
    <TextField
      select
      id={id}
      label={label}
      variant="outlined"
      size="small"
      value={value}
      onChange={e => onChange(e.target.value as T)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      {(Object.keys(options) as T[]).map(option => (
        <option key={option} value={option}>
          {options[option]}
        </option>
      ))}
    </TextField>
  );
}

/** Native selects for the two axes and a switch for services. */
export function ScatterControls(props: {
  choice: ScatterChoice;
  onChange: (choice: ScatterChoice) => void;
}) {
  const { choice, onChange } = props;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 8 }}
      mb={1}
    >
      <AxisSelect
        id="delivery-reliability-scatter-x"
        label="Speed (x)"
        value={choice.xMetric}
        options={X_OPTIONS}
        onChange={xMetric => onChange({ ...choice, xMetric })}
      />
      <AxisSelect
        id="delivery-reliability-scatter-y"
        label="Stability (y)"
        value={choice.yMetric}
        options={Y_OPTIONS}
        onChange={yMetric => onChange({ ...choice, yMetric })}
      />
      <FormControlLabel
        control={
          <Switch
            checked={choice.showServices}
            onChange={(_, showServices) =>
              onChange({ ...choice, showServices })
            }
          />
        }
        label="Show services instead of teams"
      />
    </Box>
  );
}
