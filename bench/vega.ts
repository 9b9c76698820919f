import embed, { type Result } from 'vega-embed';
import type { Contestant } from './contestants';

/** Peer: Vega-Lite via vega-embed, the same classes as a threshold scale, lookup join of values. */
export function vegaLite(renderer: 'canvas' | 'svg'): Contestant {
  let result: Result;
  let job: Parameters<Contestant['first']>[1];
  const table = (year: 0 | 1) => job.keys.map((key, i) => ({ key, value: job.values[year][i] }));
  return {
    async first(stage, j) {
      job = j;
      const div = document.createElement('div');
      stage.append(div);
      result = await embed(
        div,
        {
          $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
          width: 800,
          height: 800,
          data: { values: j.sourceTopology as object, format: { type: 'topojson', feature: j.sourceObject } },
          transform: [
            {
              lookup: 'properties.ags',
              from: { data: { name: 'table' }, key: 'key', fields: ['value'] },
            },
          ],
          projection: { type: 'conicConformal', rotate: [-10.5, 0, 0], parallels: [48.6667, 53.6667] },
          mark: { type: 'geoshape', stroke: '#fff', strokeWidth: 0.3 },
          encoding: {
            color: {
              field: 'value',
              type: 'quantitative',
              scale: { type: 'threshold', domain: j.breaks, range: j.colors },
            },
          },
          datasets: { table: table(0) },
        } as never,
        { renderer, actions: false },
      );
    },
    async switchYear() {
      result.view.data('table', table(1));
      await result.view.runAsync();
    },
  };
}
