/** English of `<transition-sankey>` (`../sankey.ts`). The widget bundles load it on demand. */
import type { SankeyMessageKey } from '../sankey';

export const SANKEY_EN: Readonly<Record<SankeyMessageKey, string>> = {
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
  'sankey.noFlows': 'The data file contains no transitions.',
  'sankey.unknownRegion': 'Transition "{id}" does not exist for {region}.',
  'sankey.unknownYear': 'Transition "{id}" does not exist for {year} (available: {years}).',
  'sankey.noData': 'Transition "{id}" contains no values.',
  'sankey.unknownNode': 'A link refers to an unknown node: "{node}".',
  'sankey.cycle': 'The links form a cycle: {path}.',
  'sankey.direction': 'The link {from} → {to} does not lead to a later stage.',
  'sankey.negative': 'Negative value in the link {from} → {to}: {value}.',
  'sankey.notNumber': 'No valid number in the link {from} → {to}.',
  'sankey.unbalanced': '"{node}": inflow ({inflow}) and outflow ({outflow}) differ.',
  'sankey.minWidth':
    'Very small flows are drawn with a minimum width; tooltip and table give the exact values.',
  'sankey.selected': 'Selected: {text}',
};
