import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ComparisonResponse,
  DoraTier,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DORA_METRIC_TITLES } from '../../utils/doraMetrics';
import { ComparisonFilter } from './comparisonFilter';
import { groupOptions, systemOptions } from './filterOptions';
import { DORA_TIERS, TIERED_METRICS, TierFilterMetric } from './rowTier';

function NativeSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const { id, label, value, onChange, children } = props;
  return (
    <TextField
      select
      id={id}
      label={label}
      variant="outlined"
      size="small"
      value={value}
      onChange={event => onChange(event.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      {children}
    </TextField>
  );
}

const capitalize = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1);

/** Props of {@link ComparisonFilters}. */
export interface ComparisonFiltersProps {
  response: Pick<ComparisonResponse, 'teams' | 'services'>;
  filter: ComparisonFilter;
  onChange: (filter: ComparisonFilter) => void;
}

/**
 * Native selects (keyboard- and test-friendly) for the group (a team and
 * the teams below it), the system, and a tier of a chosen metric — or of
 * the lowest tier of the four, so "low" finds every row weak somewhere.
 */
export function ComparisonFilters(props: ComparisonFiltersProps) {
  const { response, filter, onChange } = props;
  const set = (patch: Partial<ComparisonFilter>) =>
    onChange({ ...filter, ...patch });
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
      <NativeSelect
        id="delivery-reliability-group-filter"
        label="Group"
        value={filter.groupRef ?? ''}
        onChange={value => set({ groupRef: value || undefined })}
      >
        <option value="">All teams</option>
        {groupOptions(response.teams).map(option => (
          <option key={option.entityRef} value={option.entityRef}>
            {'\u00a0\u00a0'.repeat(option.depth)}
            {option.label}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        id="delivery-reliability-system-filter"
        label="System"
        value={filter.systemRef ?? ''}
        onChange={value => set({ systemRef: value || undefined })}
      >
        <option value="">All systems</option>
        {systemOptions(response.services).map(ref => (
          <option key={ref} value={ref}>
            {parseEntityRef(ref).name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        id="delivery-reliability-tier-metric-filter"
        label="Tier of"
        value={filter.tierMetric}
        onChange={value => set({ tierMetric: value as TierFilterMetric })}
      >
        <option value="lowest">Lowest of the four metrics</option>
        {TIERED_METRICS.map(metric => (
          <option key={metric} value={metric}>
            {DORA_METRIC_TITLES[metric]}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        id="delivery-reliability-tier-filter"
        label="Tier"
        value={filter.tier ?? ''}
        onChange={value =>
          set({ tier: (value || undefined) as DoraTier | undefined })
        }
      >
        <option value="">All tiers</option>
        {DORA_TIERS.map(tier => (
          <option key={tier} value={tier}>
            {capitalize(tier)}
          </option>
        ))}
      </NativeSelect>
    </Box>
  );
}
