import '../src/components/map/bildung-map';
import type { BildungMap } from '../src/components/map/bildung-map';
import type { Feed } from '../src/core/feed/types';
import type { Contestant } from './contestants';

/** bildung-map with the geometry built by geo/build.ts and a feed holding the same values. */
export function bildung(): Contestant {
  let el: BildungMap;
  const settled = async () => {
    for (;;) {
      await el.updateComplete;
      const root = el.shadowRoot;
      if (root?.querySelector('g.regions path, canvas.fills') || root?.querySelector('[role="alert"]'))
        return;
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  let feed: Feed;
  return {
    prepare(job) {
      feed = {
        version: 1,
        meta: {
          title: 'Bench',
          publisher: 'bench',
          license: 'none',
          attribution: 'bench',
          date: '2025-01-01',
        },
        regions: job.keys.map((key) => ({ key, name: key, level: 'gemeinde' })),
        indicators: [
          {
            id: 'x',
            title: 'x',
            unit: 'percent',
            decimals: 1,
            polarity: 'neutral',
            source: 'bench',
            years: [2022, 2023],
            values: Object.fromEntries(job.keys.map((k, i) => [k, [job.values[0][i]!, job.values[1][i]!]])),
          },
        ],
      };
    },
    async first(stage, job) {
      el = document.createElement('bildung-map');
      el.geo = job.builtUrl;
      el.level = job.level;
      el.focusArea = job.focus;
      el.indicator = 'x';
      el.year = 2022;
      el.classification = 'manual';
      el.breaks = job.breaks.join(',');
      el.data = feed;
      stage.append(el);
      await settled();
    },
    async switchYear() {
      el.year = 2023;
      await el.updateComplete;
    },
  };
}
