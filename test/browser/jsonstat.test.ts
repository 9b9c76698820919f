import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/map/bildung-map';
import '../../src/components/trend/indicator-trend';

/** A JSON-stat 2.0 dataset as a statistical office publishes it: Cloppenburg's Gemeinden, two years. */
function jsonStat(): object {
  const regions = ['03453001', '03453002', '03453003', '03453004', '03453005', '03453006', '03453007'];
  regions.push('03453008', '03453009', '03453010', '03453011', '03453012', '03453013');
  const years = ['2022', '2023'];
  return {
    version: '2.0',
    class: 'dataset',
    label: 'Einwohner je Gemeinde',
    source: 'Testamt',
    id: ['region', 'time'],
    size: [regions.length, years.length],
    role: { geo: ['region'], time: ['time'] },
    dimension: {
      region: {
        label: 'Gemeinde',
        category: {
          index: regions,
          label: Object.fromEntries(regions.map((r, i) => [r, `Gemeinde ${i + 1}`])),
        },
      },
      time: { label: 'Jahr', category: { index: years } },
    },
    value: regions.flatMap((_, i) => [1000 + i * 100, 1050 + i * 100]),
  };
}

describe('JSON-stat feeds', () => {
  it('a map pointed at a JSON-stat URL converts it and draws the regions', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(jsonStat())], { type: 'application/json' }));
    const el = await fixture(
      html`<bildung-map
        lang="de"
        feed=${url}
        geo="/generated/geo/kreis-03453.topo.json"
        focus="03453"
      ></bildung-map>`,
    );
    await waitUntil(
      () =>
        el.shadowRoot!.querySelectorAll('g.regions path').length > 0 ||
        el.shadowRoot!.querySelector('[role="alert"]'),
      'map',
      { timeout: 8000 },
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').to.equal('');
    expect(el.shadowRoot!.querySelectorAll('g.regions path').length).to.equal(13);
    const fills = new Set(
      [...el.shadowRoot!.querySelectorAll('g.regions path')].map((p) => p.getAttribute('fill')),
    );
    expect(fills.size).to.be.greaterThan(2); // classified, not all "no data"
    expect(el.shadowRoot!.querySelector('[part="table"]')!.textContent).to.contain('Gemeinde 1');
    URL.revokeObjectURL(url);
  });

  it('a JSON-stat document that cannot be converted gives a clear in-widget error', async () => {
    const bad = {
      version: '2.0',
      class: 'dataset',
      id: ['x'],
      size: [1],
      dimension: { x: { category: { index: ['a'] } } },
      value: [1],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(bad)], { type: 'application/json' }));
    const el = await fixture(html`<indicator-trend lang="en" feed=${url}></indicator-trend>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/region|time|year/i);
    URL.revokeObjectURL(url);
  });
});
