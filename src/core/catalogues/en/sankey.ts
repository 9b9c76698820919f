/**
 * English of `<transition-sankey>` (`../sankey.ts`), except what is built in there (the `bildung-error`
 * messages). The widget bundles load it on demand.
 */
import type { SankeyEnglishKey } from '../sankey';

export const SANKEY_EN: Readonly<Record<SankeyEnglishKey, string>> = {
  'sankey.name': 'Transition diagram: {title}, {region}, {year}',
  'sankey.linkCount': '{value} of {total} ({share}): {from} → {to}, {year}',
  'sankey.linkShare': '{share} ({value} of {total}): {from} → {to}, {year}',
  'sankey.linkPercent': '{value}: {from} → {to}, {year}',
  'sankey.nodeCount': '{value} of {total} ({share}): {label}, {year}',
  'sankey.nodeShare': '{share} ({value} of {total}): {label}, {year}',
  'sankey.nodeSingle': '{value}: {label}, {year}',
  'sankey.summary': 'Largest flow: {from} → {to}, {value} ({share}).',
  'sankey.summaryPercent': 'Largest flow: {from} → {to}, {value}.',
  'sankey.overview': '{links} flows across {stages} stages.',
  'sankey.overviewOne': '1 flow across {stages} stages.',
  'sankey.keys':
    'Arrow keys up and down move within a stage, right and left follow the flows; Enter selects, Escape clears the selection.',
  'sankey.from': 'From',
  'sankey.to': 'To',
  'sankey.count': 'Count',
  'sankey.percent': 'Share',
  'sankey.shareOfSource': 'Share of "from"',
  'sankey.tableCaption': '{title}, {region}, {year}',
  'sankey.unbalanced': '"{node}": inflow ({inflow}) and outflow ({outflow}) differ.',
  'sankey.minWidth':
    'Very small flows are drawn with a minimum width; tooltip and table give the exact values.',
  'sankey.selected': 'Selected: {text}',
};
