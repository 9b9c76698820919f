import type { Feed, Flow } from '../../src/core/feed/types';

/** Grundschule → secondary school types (the example: 412 of 1,050 to Gymnasium). */
export const JG5_2023: Flow = {
  id: 'uebergang',
  title: { de: 'Übergänge nach Klasse 4', en: 'Transitions after grade 4' },
  year: 2023,
  region: '03453',
  unit: 'count',
  stages: [{ de: 'Grundschule', en: 'Primary school' }, 'Schulform'],
  nodes: [
    { id: 'gs', label: 'Grundschule', stage: 0 },
    { id: 'gym', label: 'Gymnasium', stage: 1 },
    { id: 'rs', label: 'Realschule', stage: 1 },
    { id: 'obs', label: 'Oberschule', stage: 1 },
    { id: 'fs', label: 'Förderschule', stage: 1 },
  ],
  links: [
    { source: 'gs', target: 'gym', value: 412 },
    { source: 'gs', target: 'rs', value: 250 },
    { source: 'gs', target: 'obs', value: 386 },
    { source: 'gs', target: 'fs', value: 2 },
  ],
};

/** Three stages: two primary schools, three school types, two qualifications. */
export const THREE_STAGES: Flow = {
  id: 'drei',
  title: 'Drei Stufen',
  year: 2022,
  region: '03453',
  unit: 'count',
  balanced: true,
  nodes: [
    { id: 'a', label: 'GS Nord', stage: 0 },
    { id: 'b', label: 'GS Süd', stage: 0 },
    { id: 'x', label: 'Gymnasium', stage: 1 },
    { id: 'y', label: 'Oberschule', stage: 1 },
    { id: 'p', label: 'Abitur', stage: 2 },
    { id: 'q', label: 'Ausbildung', stage: 2 },
  ],
  links: [
    { source: 'a', target: 'x', value: 60 },
    { source: 'a', target: 'y', value: 40 },
    { source: 'b', target: 'x', value: 20 },
    { source: 'b', target: 'y', value: 80 },
    { source: 'x', target: 'p', value: 70 },
    { source: 'x', target: 'q', value: 10 },
    { source: 'y', target: 'p', value: 30 },
    { source: 'y', target: 'q', value: 90 },
  ],
};

export const FEED: Feed = {
  version: 1,
  meta: {
    title: 'Test',
    publisher: 'Test',
    license: 'dl-de/by-2-0',
    attribution: 'Test',
    date: '2025-01-01',
  },
  regions: [
    { key: '03', name: 'Niedersachsen', level: 'land', parent: 'DG' },
    { key: '03453', name: 'Cloppenburg', level: 'kreis', parent: '03' },
    { key: '03453001', name: 'Barßel', level: 'gemeinde', parent: '03453' },
    { key: '03453002', name: 'Bösel', level: 'gemeinde', parent: '03453' },
  ],
  indicators: [],
  flows: [
    { ...JG5_2023, region: '03' },
    JG5_2023,
    {
      ...JG5_2023,
      year: 2021,
      // an older year lists the nodes in another order and has a node that later disappeared
      nodes: [
        { id: 'gs', label: 'Grundschule', stage: 0 },
        { id: 'hs', label: 'Hauptschule', stage: 1 },
        { id: 'obs', label: 'Oberschule', stage: 1 },
        { id: 'gym', label: 'Gymnasium', stage: 1 },
      ],
      links: [
        { source: 'gs', target: 'hs', value: 50 },
        { source: 'gs', target: 'obs', value: 350 },
        { source: 'gs', target: 'gym', value: 400 },
      ],
    },
    { ...JG5_2023, id: 'nur-land', region: '03', year: 2020 },
  ],
};

/** A flow of `stages` columns × `perStage` nodes with up to `maxLinks` links between neighbours. */
export function bigFlow(stages: number, perStage: number, maxLinks: number): Flow {
  const nodes = [];
  for (let s = 0; s < stages; s++) {
    for (let i = 0; i < perStage; i++) {
      nodes.push({ id: `n${s}-${i}`, label: `Bildungsgang ${s + 1}.${i + 1} mit langem Namen`, stage: s });
    }
  }
  const links = [];
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  outer: for (let s = 0; s + 1 < stages; s++) {
    for (let i = 0; i < perStage; i++) {
      for (let j = 0; j < perStage; j++) {
        if (links.length >= maxLinks) break outer;
        if ((i + j + s) % 3 === 2) continue;
        links.push({
          source: `n${s}-${i}`,
          target: `n${s + 1}-${j}`,
          value: Math.round(1 + rnd() * (rnd() < 0.2 ? 2 : 400)),
        });
      }
    }
  }
  return { id: 'gross', title: 'Groß', year: 2023, region: '03453', unit: 'count', nodes, links };
}
