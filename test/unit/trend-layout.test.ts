import { describe, expect, it } from 'vitest';
import type { Feed } from '../../src/core/feed/types';
import {
  collisions,
  defaultHeight,
  placeTargetLabel,
  estimateText,
  layoutTrend,
  nearestSeries,
  nearestYear,
  targetText,
} from '../../src/core/trend/layout';
import { buildTrendModel } from '../../src/core/trend/model';
import { model, TREND_FEED } from './trend-fixture';

const NB = '\u00a0';
const quote = () => model({ indicator: 'quote', regions: '03453 03 03453001' });

describe('size', () => {
  it('height follows the width within 240–400 px', () => {
    expect(defaultHeight(320)).toBe(240);
    expect(defaultHeight(640)).toBe(352);
    expect(defaultHeight(1200)).toBe(400);
  });

  it('estimates text widths without a DOM', () => {
    expect(estimateText('2023', 12)).toBe(27);
    expect(estimateText('Landkreis Cloppenburg', 13, true)).toBe(154);
  });
});

describe('layoutTrend at 800 px (direct labels)', () => {
  const m = quote();
  const l = layoutTrend(m, { width: 800, lang: 'de' });

  it('sizes the plot from tick labels and end labels', () => {
    expect(l.width).toBe(800);
    expect(l.height).toBe(400);
    expect(l.plot).toEqual({ left: 36, top: 12, right: 584, bottom: 372 });
    expect(l.legend).toBe(false);
    expect(l.unitTitle).toBe(null);
  });

  it('has one integer tick per year up to the target year, and value ticks from zero with the unit on top', () => {
    expect(l.xTicks.map((t) => t.label)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(l.xTicks.map((t) => t.x)).toEqual([44, 120, 196, 272, 348, 424, 500, 576]);
    expect(l.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10', `12${NB}%`]);
    expect(l.yTicks[0]!.y).toBe(372);
    expect(l.yTicks[6]!.y).toBe(12);
  });

  it('splits lines at gaps and never bridges them', () => {
    expect(l.series.map((s) => s.paths)).toEqual([
      ['M44,129L120,132L196,120L272,126L348,114'],
      ['M44,189L120,183', 'M272,165L348,150'],
      ['M196,87L272,99L348,66'],
    ]);
    // Barßel 2019 has no neighbour: a point with a marker, no path.
    const barssel = l.series[2]!.points;
    expect(barssel.map((p) => p.year)).toEqual([2019, 2021, 2022, 2023]);
    expect(barssel[0]).toMatchObject({ x: 44, y: 102, marker: true });
    expect(barssel.map((p) => p.hollow)).toEqual([false, false, false, true]);
  });

  it('places end labels in the gutter at the line ends, with leaders across the target years', () => {
    const leader = (y: number) => ({ x1: 355, y1: y, x2: 589, y2: y });
    expect(l.series.map((s) => s.label)).toEqual([
      { x: 590, y: 114, name: 'Landkreis Cloppenburg', value: `8,6${NB}%`, leader: leader(114) },
      { x: 590, y: 150, name: 'Niedersachsen', value: `7,4${NB}%`, leader: leader(150) },
      { x: 590, y: 66, name: 'Barßel', value: `10,2${NB}%`, leader: leader(66) },
    ]);
  });

  it('draws the target as a dashed line from the last data year to the target year, with a label', () => {
    const text = `Zielwert 2026: 6,0${NB}%`;
    expect(l.targets).toEqual([
      {
        series: 0,
        year: 2026,
        line: { x1: 348, x2: 576, y: 192 },
        band: null,
        point: { x: 576, y: 192 },
        label: { x: 576, y: 184, text, lines: [text], anchor: 'end' },
      },
    ]);
  });

  it('marks a series break between the years', () => {
    expect(l.breaks).toEqual([
      { year: 2021, x: 158, label: { x: 162, y: 22, text: 'Zeitreihenbruch', anchor: 'start' } },
    ]);
  });

  it('finds the year and series nearest to the pointer', () => {
    expect(nearestYear(l, 300)).toBe(3);
    expect(nearestYear(l, -50)).toBe(0);
    expect(nearestSeries(l, m, 4, 0)).toBe(2); // Barßel is the top line in 2023
    expect(nearestSeries(l, m, 2, 300)).toBe(0); // Niedersachsen has a gap in 2021
    expect(nearestSeries(l, m, 1, 0)).toBe(0); // Barßel has a gap in 2020
  });
});

describe('layoutTrend at 320 px (legend)', () => {
  const l = layoutTrend(quote(), { width: 320, lang: 'de' });

  it('switches to a legend when the end labels would take more than 30 % of the width', () => {
    expect(l.legend).toBe(true);
    expect(l.plot).toEqual({ left: 36, top: 12, right: 302, bottom: 212 });
    expect(l.series.every((s) => s.label === null)).toBe(true);
  });

  it('thins year ticks out to fit', () => {
    expect(l.xTicks.map((t) => t.label)).toEqual(['2020', '2022', '2024', '2026']);
  });

  it('moves the target label below the target line, where it crosses no line', () => {
    const text = `Zielwert 2026: 6,0${NB}%`;
    expect(l.targets[0]!.label).toEqual({ x: 294, y: 150, text, lines: [text], anchor: 'end' });
  });
});

describe('layoutTrend: names without values at medium widths', () => {
  it('drops the values from the end labels before falling back to a legend', () => {
    const l = layoutTrend(quote(), { width: 640, lang: 'de' });
    expect(l.legend).toBe(false);
    expect(l.series.map((s) => s.label?.value)).toEqual(['', '', '']);
    expect(l.plot.right).toBe(460);
  });
});

describe('layoutTrend: units, bands, markers', () => {
  it('writes long units above the axis and keeps a flat line in the middle', () => {
    const l = layoutTrend(model({ indicator: 'quote-per-1000' }), { width: 600, height: 300, lang: 'de' });
    expect(l.unitTitle).toBe('je 1.000');
    expect(l.plot).toEqual({ left: 28, top: 28, right: 420, bottom: 272 });
    expect(l.yTicks.map((t) => t.label)).toEqual(['2,8', '3,0', '3,2', '3,4', '3,6']);
    expect(l.series[0]!.paths).toEqual(['M36,150L412,150']);
  });

  it('draws a range target as a band with an English label', () => {
    const l = layoutTrend(model({ indicator: 'einkommen' }), { width: 800, lang: 'en' });
    expect(l.yTicks.map((t) => t.label)).toEqual([
      '31,000',
      '32,000',
      '33,000',
      '34,000',
      '35,000',
      '€36,000',
    ]);
    const text = 'Target 2022: €33,000–€36,000';
    expect(l.targets).toEqual([
      {
        series: -1,
        year: 2022,
        line: null,
        band: { x: 552, y: 12, width: 12, height: 216 },
        point: null,
        label: { x: 558, y: 246, text, lines: [text], anchor: 'end' },
      },
    ]);
  });

  it('shows markers only on the last, isolated and hollow points when years are dense', () => {
    const years = Array.from({ length: 30 }, (_, i) => 1994 + i);
    const values = years.map((_, i) => (i === 10 ? null : 5 + (i % 3)));
    const flags = years.map((_, i) => (i === 20 ? ('provisional' as const) : null));
    values[8] = null; // 9 is isolated
    const feed: Feed = {
      ...TREND_FEED,
      indicators: [
        {
          ...TREND_FEED.indicators[0]!,
          years,
          values: { '03453': values },
          flags: { '03453': flags },
          targets: [],
          seriesBreaks: [],
        },
      ],
    };
    const r = buildTrendModel(feed, { indicator: 'quote' });
    if (!r.ok) throw new Error('model');
    const l = layoutTrend(r.model, { width: 320, lang: 'de' });
    const marked = l.series[0]!.points.filter((p) => p.marker).map((p) => p.year);
    expect(marked).toEqual([2003, 2014, 2023]);
    expect(l.series[0]!.paths.length).toBe(2); // 1994–2001 and 2005–2023; 2003 alone is a marker
    expect(l.xTicks.map((t) => t.label)).toEqual(['1995', '2000', '2005', '2010', '2015', '2020']);
  });

  it('formats target texts with the feed label or the default', () => {
    const m = quote();
    expect(targetText({ year: 2026, value: 6, label: { de: 'Ziel Bildungsbeirat' } }, m, 'de')).toEqual([
      'Ziel Bildungsbeirat',
      '6,0\u00a0%',
    ]);
    expect(targetText({ year: 2026, min: 5 }, m, 'de')).toEqual(['Zielwert 2026', 'ab\u00a05,0\u00a0%']);
    expect(targetText({ year: 2026, max: 5 }, m, 'en')).toEqual(['Target 2026', 'up\u00a0to\u00a05.0%']);
  });
});

describe('target label placement', () => {
  const plot = { left: 0, top: 0, right: 200, bottom: 200 };

  it('counts the line pieces passing through a rectangle', () => {
    const rect = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(
      collisions(rect, [
        { x1: -5, y1: 5, x2: 15, y2: 5 },
        { x1: 20, y1: 20, x2: 30, y2: 30 },
        { x1: 5, y1: 5, x2: 5, y2: 5 },
      ]),
    ).toBe(2);
  });

  it('prefers one line above the mark when nothing is in the way', () => {
    const label = placeTargetLabel(['Zielwert 2026', '40,0 %'], {
      x: 200,
      top: 100,
      bottom: 100,
      plot,
      segs: [],
      measure: estimateText,
    });
    expect(label).toEqual({
      x: 200,
      y: 92,
      text: 'Zielwert 2026: 40,0 %',
      lines: ['Zielwert 2026: 40,0 %'],
      anchor: 'end',
    });
  });

  it('breaks the label into two lines when lines run under both one-line positions', () => {
    const segs = [
      { x1: 0, y1: 85, x2: 80, y2: 85 },
      { x1: 0, y1: 115, x2: 80, y2: 115 },
    ];
    const label = placeTargetLabel(['Zielwert 2026', '40,0 %'], {
      x: 200,
      top: 100,
      bottom: 100,
      plot,
      segs,
      measure: estimateText,
    });
    expect(label.lines).toEqual(['Zielwert 2026:', '40,0 %']);
    expect(label.y).toBe(78);
  });

  it('aligns left at the plot edge when the label is wider than the space before the target', () => {
    const label = placeTargetLabel(['Zielwert 2026', '40,0 %'], {
      x: 60,
      top: 100,
      bottom: 100,
      plot,
      segs: [],
      measure: estimateText,
    });
    expect(label).toMatchObject({ x: 0, anchor: 'start' });
  });
});
