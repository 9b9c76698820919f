/**
 * Benchmark page. `scripts/bench.ts` opens it once per measurement (fresh page), waits for
 * `window.benchReady`, then calls `window.runBench(contestant, map)`, which returns
 * { first, switch } in ms. "first" runs from the call until the 2nd animation frame after the DOM
 * is complete (so style, layout and paint are included), like ../shared/PERFORMANCE.md. Before the
 * year switch the page is left to settle (an idle callback), so deferred work of the first render
 * is not billed to the switch; work a contestant itself defers to idle time after a switch (the
 * map's hidden data table) is not in the switch figure either.
 */
import type { Contestant, Job } from './contestants';
import { mulberry32 as rng } from '../scripts/prng';

const CONTESTANTS: Record<string, () => Promise<Contestant>> = {
  floor: async () => (await import('./floor')).floor(),
  'plain-d3-svg': async () => (await import('./plain-d3')).plainD3(),
  'bildung-map': async () => (await import('./bildung')).bildung(),
  'vega-lite-canvas': async () => (await import('./vega')).vegaLite('canvas'),
  'vega-lite-svg': async () => (await import('./vega')).vegaLite('svg'),
};

const MAPS: Record<
  string,
  { source: string; sourceObject: string; built: string; level: string; focus: string; filter?: string }
> = {
  cloppenburg: {
    source: '/geo-source/niedersachsen.topojson',
    sourceObject: 'gemeinden',
    built: '/geo/kreis-03453.topo.json',
    level: 'gemeinde',
    focus: '03453',
    filter: '03453',
  },
  niedersachsen: {
    source: '/geo-source/niedersachsen.topojson',
    sourceObject: 'gemeinden',
    built: '/geo/niedersachsen.topo.json',
    level: 'gemeinde',
    focus: '03',
  },
  deutschland: {
    source: '/geo-source/deutschland-gemeinden-vg5000-2021.topojson',
    sourceObject: 'gemeinden',
    built: '/geo/deutschland-gemeinden.topo.json',
    level: 'gemeinde',
    focus: 'DG',
  },
};

const COLORS = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];

function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

async function prepareJob(mapId: string): Promise<Job> {
  const map = MAPS[mapId]!;
  const source = (await (await fetch(map.source)).json()) as {
    objects: Record<string, { geometries: { id?: string; properties?: Record<string, string> }[] }>;
  };
  const obj = source.objects[map.sourceObject]!;
  if (map.filter)
    obj.geometries = obj.geometries.filter((g) =>
      String(g.id ?? g.properties?.['ags']).startsWith(map.filter!),
    );
  const keys = obj.geometries.map((g) => String(g.properties?.['ags'] ?? g.id));
  const random = rng(42);
  const y0 = keys.map(() => Math.round(random() * 1000) / 10);
  const y1 = y0.map((v) => Math.round(((v + 37 + random() * 30) % 100) * 10) / 10);
  const sorted = [...y0].sort((a, b) => a - b);
  const breaks = [1, 2, 3, 4, 5, 6].map((i) => sorted[Math.floor((i / 7) * sorted.length)]!);
  // warm the built geometry's cache so every contestant starts with its data in memory
  const { loadGeoJson } = await import('../src/core/map/geo-source');
  await loadGeoJson(new URL(map.built, location.href).href);
  return {
    keys,
    values: [y0, y1],
    breaks,
    colors: COLORS,
    sourceTopology: source,
    sourceObject: map.sourceObject,
    builtUrl: map.built,
    level: map.level,
    focus: map.focus,
  };
}

declare global {
  interface Window {
    benchReady?: boolean;
    runBench(contestant: string, map: string): Promise<{ first: number; switch: number; elements: number }>;
  }
}

window.runBench = async (name, mapId) => {
  const job = await prepareJob(mapId);
  const contestant = await CONTESTANTS[name]!();
  const stage = document.getElementById('stage')!;
  contestant.prepare?.(job);
  await frames(2);
  const t0 = performance.now();
  await contestant.first(stage, job);
  await frames(2);
  const first = performance.now() - t0;
  // let deferred work of the first render (e.g. a hidden data table) finish: the page at rest
  await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
  await frames(5);
  const t1 = performance.now();
  await contestant.switchYear();
  await frames(2);
  const switchMs = performance.now() - t1;
  const elements =
    stage.querySelectorAll('path').length +
    (stage.querySelector('bildung-map')?.shadowRoot?.querySelectorAll('path').length ?? 0);
  return { first, switch: switchMs, elements };
};
window.benchReady = true;
