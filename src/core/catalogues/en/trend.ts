/** English of `<indicator-trend>` (`../trend.ts`). The widget bundles load it on demand. */
import type { TrendMessageKey } from '../trend';

export const TREND_EN: Readonly<Record<TrendMessageKey, string>> = {
  'trend.target': 'Target {year}',
  'trend.targetRow': '{year} (target)',
  'trend.subtitle': 'Unit: {unit} · {from}–{to}',
  'trend.sentenceRose': '{name} rose from {from} in {fromYear} to {to} in {toYear}.',
  'trend.sentenceFell': '{name} fell from {from} in {fromYear} to {to} in {toYear}.',
  'trend.sentenceSame': '{name} was {to} in both {fromYear} and {toYear}.',
  'trend.sentenceSingle': '{name}: {value} in {year}.',
  'trend.sentenceNone': '{name}: no data.',
  'trend.hollowNote': 'Hollow markers: provisional or estimated values.',
  'trend.gapNote': 'Gaps in the lines: no value for {items}.',
  'trend.breakNote': 'Break in series {year}: {note}',
  'trend.unknownRegionsNote': 'Unknown regions, not shown: {keys}',
  'trend.emptyRegionsNote': 'No values in the period shown, not shown: {names}',
  'trend.unknownHighlightNote': 'The region to highlight is not in the chart: {key}',
  'trend.noIndicator': 'No indicator given (attribute "indicator").',
  'trend.unknownRegion': 'Unknown region: {keys}',
  'trend.noData': 'There are no values for "{indicator}" in the selected regions and years.',
  'trend.roleDescription': 'line chart',
  'trend.keyboardHint':
    'Left and right arrow keys change the year, up and down the region; Enter selects the region, Escape closes the read-out.',
  'trend.comparedTo': 'vs {year}',
  'trend.tableCaption': '{title}: values by year and region',
};
