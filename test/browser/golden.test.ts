/**
 * Tier 2: golden SVG snapshots. Each chart is rendered from a fixed fixture at a fixed width; its
 * SVG is normalised (numbers rounded to 1 decimal, generated ids replaced, Lit's comment markers
 * and whitespace between tags removed) and compared with `golden/<name>.svg`. On a difference the
 * new rendering is written to `golden/<name>-changed.svg` (git-ignored) for review: if it is right,
 * replace the golden file with it. A missing golden file is written and the test fails, so a
 * snapshot never passes unseen.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readFile, removeFile, writeFile } from '@web/test-runner-commands';
import '../../src/components/map/bildung-map';
import '../../src/components/sankey/transition-sankey';
import '../../src/components/trend/indicator-trend';
import type { Feed } from '../../src/core/feed/types';
import { FEED as SANKEY_FEED } from '../unit/sankey-fixtures';
import { TREND_FEED } from '../unit/trend-fixture';

const GEO = '/generated/geo/kreis-03453.topo.json';

function mapFeed(): Feed {
  const keys = [
    '001',
    '002',
    '003',
    '004',
    '005',
    '006',
    '007',
    '008',
    '009',
    '010',
    '011',
    '012',
    '013',
  ].map((k) => `03453${k}`);
  return {
    version: 1,
    meta: {
      title: 'Golden',
      publisher: 'Test',
      license: 'dl-de/by-2-0',
      attribution: 'Test',
      date: '2025-01-01',
    },
    regions: [
      { key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis' },
      ...keys.map((key, i) => ({
        key,
        name: `Gemeinde ${i + 1}`,
        level: 'gemeinde' as const,
        parent: '03453',
      })),
    ],
    indicators: [
      {
        id: 'q',
        title: 'Quote',
        unit: 'percent',
        decimals: 1,
        polarity: 'neutral',
        source: 'Test',
        years: [2023],
        values: Object.fromEntries(keys.map((k, i) => [k, [i === 12 ? null : (i * 37) % 13]])),
      },
    ],
  };
}

const GEOMETRY_ATTRIBUTES = new Set([
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'viewBox',
  'transform',
  'patternTransform',
  'points',
  'stroke-width',
  'stroke-dasharray',
]);

const round = (value: string) =>
  value.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return Object.is(r, -0) ? '0' : String(r);
  });

/**
 * Stable text of an SVG element: one element per line, attributes sorted, numbers in geometry
 * attributes rounded to 1 decimal (text and labels stay exact), generated ids replaced.
 */
function normalise(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    return text ? `${pad}${text}\n` : '';
  }
  if (!(node instanceof Element)) return '';
  const attrs = [...node.attributes]
    .map((a) => {
      const value = (GEOMETRY_ATTRIBUTES.has(a.name) ? round(a.value) : a.value).replace(
        /bildung-[a-z]+-\d+/g,
        'ID',
      );
      return `${a.name}="${value}"`;
    })
    .sort()
    .join(' ');
  const children = [...node.childNodes].map((c) => normalise(c, depth + 1)).join('');
  const open = `${pad}<${node.localName}${attrs ? ' ' + attrs : ''}>`;
  return children ? `${open}\n${children}${pad}</${node.localName}>\n` : `${open}</${node.localName}>\n`;
}

async function compareGolden(name: string, svg: Element): Promise<void> {
  const actual = normalise(svg);
  const path = `golden/${name}.svg`;
  // web-test-runner's file plugin reports a missing file as an unknown command
  const expected = await readFile({ path }).catch(() => undefined);
  if (expected === undefined) {
    await writeFile({ path, content: actual });
    expect.fail(`golden/${name}.svg did not exist: written now — review it and run the tests again`);
  }
  if (expected !== actual) {
    await writeFile({ path: `golden/${name}-changed.svg`, content: actual });
    expect.fail(`${name} differs from golden/${name}.svg; see golden/${name}-changed.svg`);
  }
  await removeFile({ path: `golden/${name}-changed.svg` }).catch(() => undefined);
}

describe('golden SVG', () => {
  it('bildung-map: Cloppenburg Gemeinden, quantiles, one region without data', async () => {
    const el = await fixture(
      html`<div style="width: 600px">
        <bildung-map lang="de" geo=${GEO} .data=${mapFeed()} indicator="q"></bildung-map>
      </div>`,
    );
    const map = el.querySelector('bildung-map')!;
    await waitUntil(() => map.shadowRoot!.querySelectorAll('g.regions path').length === 13, 'map', {
      timeout: 8000,
    });
    await map.updateComplete;
    await compareGolden('map-cloppenburg', map.shadowRoot!.querySelector('svg.map-svg')!);
  });

  it('indicator-trend: Kreis, Land and two Gemeinden', async () => {
    const el = await fixture(
      html`<div style="width: 640px">
        <indicator-trend lang="de" .data=${TREND_FEED} indicator="quote"></indicator-trend>
      </div>`,
    );
    const trend = el.querySelector('indicator-trend')!;
    await waitUntil(() => trend.shadowRoot!.querySelector('svg.svg path'), 'trend', { timeout: 8000 });
    await trend.updateComplete;
    await compareGolden('trend-quote', trend.shadowRoot!.querySelector('svg.svg')!);
  });

  it('transition-sankey: Grundschule → Jahrgang 5', async () => {
    const el = await fixture(
      html`<div style="width: 640px">
        <transition-sankey lang="de" .data=${SANKEY_FEED} region="03453"></transition-sankey>
      </div>`,
    );
    const sankey = el.querySelector('transition-sankey')!;
    await waitUntil(() => sankey.shadowRoot!.querySelector('.plot svg path'), 'sankey', { timeout: 8000 });
    await sankey.updateComplete;
    await compareGolden('sankey-jg5', sankey.shadowRoot!.querySelector('.plot svg')!);
  });
});
