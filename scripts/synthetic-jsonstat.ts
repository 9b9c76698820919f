/**
 * A synthetic JSON-stat 2.0 dataset of 300,000 values (1,000 Gemeinde keys × 30 years × 10
 * metrics, value (i mod 997) / 10 at flat index i), for the conversion benchmark and its test.
 */
export function syntheticJsonStat(): { doc: object; geo: string[] } {
  const geo = Array.from({ length: 1000 }, (_, i) => `03${String(453000 + i).padStart(6, '0')}`);
  const years = Array.from({ length: 30 }, (_, i) => String(1995 + i));
  const metrics = Array.from({ length: 10 }, (_, i) => `m${i}`);
  const value = Array.from({ length: geo.length * years.length * metrics.length }, (_, i) => (i % 997) / 10);
  return {
    geo,
    doc: {
      version: '2.0',
      class: 'dataset',
      id: ['geo', 'time', 'metric'],
      size: [geo.length, years.length, metrics.length],
      role: { geo: ['geo'], time: ['time'], metric: ['metric'] },
      dimension: {
        geo: { category: { index: geo } },
        time: { category: { index: years } },
        metric: { category: { index: metrics } },
      },
      value,
    },
  };
}
