/**
 * Colour schemes other than the defaults: their tables load on demand (src/core/colors.ts), and a
 * map waits for them — a scheme set at first paint is drawn in that scheme directly, never in the
 * default scheme first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/map/bildung-map';
import type { BildungMap } from '../../src/components/map/bildung-map';
import { classColors, DEFAULT_SEQUENTIAL, paletteMissing } from '../../src/core/colors';

const FEED = '/generated/feeds/kreis-03453.feed.json';
const GEO = '/generated/geo/kreis-03453.topo.json';
const IND = 'betreuungsquote-u3';

const regionFills = (el: BildungMap) =>
  [...el.shadowRoot!.querySelectorAll('g.regions path[data-key]')].map((p) => p.getAttribute('fill'));
/** Every class colour a sequential scheme can give (1–9 classes). */
const colorsOf = (scheme: Parameters<typeof classColors>[0]) =>
  new Set(Array.from({ length: 9 }, (_, i) => classColors(scheme, i + 1)).flat());

describe('<bildung-map> colour schemes on demand', () => {
  it('draws a scheme set at first paint in that scheme, never in the default first', async function () {
    this.timeout(20000);
    expect(paletteMissing('greens'), 'the greens table is not loaded yet').to.equal(true);
    // a map in the default scheme first: the feed and the geometry are at hand afterwards, so the
    // second map could draw long before the greens table has come
    const feed: unknown = await (await fetch(FEED)).json();
    const root = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        <bildung-map .data=${feed} geo=${GEO} indicator=${IND}></bildung-map>
      </div>`,
    );
    const first = root.querySelector('bildung-map')!;
    await waitUntil(() => regionFills(first).length === 13, 'default map drawn', { timeout: 10000 });
    expect(paletteMissing('greens'), 'the default scheme loads no other table').to.equal(true);
    const el = document.createElement('bildung-map');
    el.data = feed;
    el.setAttribute('geo', GEO);
    el.setAttribute('indicator', IND);
    el.setAttribute('scheme', 'greens');
    root.append(el);
    // every fill a region path ever gets, from the first render on
    const fills: string[] = [];
    const record = (node: Node) => {
      if (node instanceof Element)
        for (const p of [node, ...node.querySelectorAll('path')])
          if (p.matches('g.regions path[data-key]')) fills.push(p.getAttribute('fill') ?? '');
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') record(r.target);
        r.addedNodes.forEach(record);
      }
    });
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['fill'],
    });
    try {
      await waitUntil(() => regionFills(el).length === 13, 'map drawn', { timeout: 10000 });
      await el.updateComplete;
      observer.takeRecords().forEach((r) => record(r.target));
    } finally {
      observer.disconnect();
    }
    const greens = colorsOf('greens');
    const defaults = colorsOf(DEFAULT_SEQUENTIAL);
    const classFills = fills.filter((f) => f.startsWith('#'));
    expect(classFills.length, 'region fills recorded').to.be.greaterThan(0);
    expect(
      classFills.filter((f) => defaults.has(f)),
      'fills of the default scheme',
    ).to.deep.equal([]);
    expect(
      classFills.every((f) => greens.has(f)),
      `${classFills}`,
    ).to.equal(true);
    const legend = [...el.shadowRoot!.querySelectorAll('[part~="legend"] rect')]
      .map((r) => r.getAttribute('fill')!)
      .filter((f) => f.startsWith('#'));
    expect(legend.length, 'legend swatches').to.be.greaterThan(0);
    expect(
      legend.every((f) => greens.has(f)),
      `${legend}`,
    ).to.equal(true);
  });

  it('recolours a drawn map when its scheme changes', async function () {
    this.timeout(20000);
    const el = await fixture<BildungMap>(
      html`<bildung-map feed=${FEED} geo=${GEO} indicator=${IND} style="width: 600px"></bildung-map>`,
    );
    await waitUntil(() => regionFills(el).length === 13, 'map drawn', { timeout: 10000 });
    const defaults = colorsOf(DEFAULT_SEQUENTIAL);
    expect(
      regionFills(el)
        .filter((f) => f?.startsWith('#'))
        .every((f) => defaults.has(f!)),
    ).to.equal(true);
    el.scheme = 'viridis';
    await waitUntil(
      () => regionFills(el).some((f) => f?.startsWith('#') && colorsOf('viridis').has(f)),
      'map in viridis',
    );
    expect(regionFills(el).filter((f) => f?.startsWith('#') && defaults.has(f))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
