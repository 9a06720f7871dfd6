import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import {
  ComparisonService,
  ComparisonTeam,
  DoraWindowInfo,
  toComparisonCsv,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { downloadText } from './downloadText';
import { comparisonCsvFileName } from './exportRows';

/**
 * Downloads the rows on screen (filtered, in the table's order) as
 * `delivery-reliability-<from>-<to>.csv`, in the same format as the
 * backend's `/v1/comparison.csv`.
 */
export function ExportCsvButton(props: {
  rows: Array<ComparisonTeam | ComparisonService>;
  window: DoraWindowInfo;
}) {
  const { rows, window } = props;
  return (
    <Button
      variant="outlined"
      startIcon={<GetAppIcon />}
      disabled={rows.length === 0}
      onClick={() =>
        downloadText(
          toComparisonCsv(rows),
          comparisonCsvFileName(window),
          'text/csv;charset=utf-8',
        )
      }
    >
      Export CSV
    </Button>
  );
}
