import { describe, expect, it } from 'vitest';
import { checkFlow } from '../../src/core/sankey/check';
import {
  focusBox,
  layoutSankey,
  NEUTRAL_NODE_COLOR,
  type Box,
  type SankeyLayout,
} from '../../src/core/sankey/layout';
import { buildModel } from '../../src/core/sankey/model';
import { selectFlow } from '../../src/core/sankey/select';
import { bigFlow, FEED, JG5_2023, THREE_STAGES } from './sankey-fixtures';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every visible label and node inside the box; no two labels and no label and node overlap. */
function expectTidy(l: SankeyLayout): void {
  const labels = l.nodes.flatMap((n) => (n.placement ? [n.placement.box] : []));
  for (const n of l.nodes) {
    expect(n.x0).toBeGreaterThanOrEqual(0);
    expect(n.x1).toBeLessThanOrEqual(l.width);
    expect(n.y0).toBeGreaterThanOrEqual(0);
    expect(n.y1).toBeLessThanOrEqual(l.height);
  }
  for (const b of labels) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(l.width + 1e-9);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(l.height + 1e-9);
    for (const n of l.nodes) {
      expect(overlaps(b, { x: n.x0, y: n.y0, width: n.x1 - n.x0, height: n.y1 - n.y0 })).toBe(false);
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!)).toBe(false);
  }
  for (const k of l.links) expect(k.path).not.toMatch(/NaN|Infinity/);
}

describe('layoutSankey', () => {
  const m = buildModel(JG5_2023, { lang: 'de' });
  const l = layoutSankey(m, { width: 600 });

  it('columns by stage, nodes proportional to their values', () => {
    expect(l.width).toBe(600);
    expect(l.height).toBe(330);
    expect(l.fontSize).toBe(13);
    expect(l.scale).toBeCloseTo(260 / 1050, 12);
    expect(l.nodes.map((n) => [n.id, n.x0, n.x1])).toEqual([
      ['gs', 0, 14],
      ['gym', 586, 600],
      ['rs', 586, 600],
      ['obs', 586, 600],
      ['fs', 586, 600],
    ]);
    const gs = l.nodeById.get('gs')!;
    expect(gs.y1 - gs.y0).toBeCloseTo(260, 1);
    const gym = l.nodeById.get('gym')!;
    expect(gym.y1 - gym.y0).toBeCloseTo(412 * l.scale, 1);
    // feed order top to bottom
    expect(['gym', 'rs', 'obs', 'fs'].map((id) => l.nodeById.get(id)!.y0)).toEqual(
      [...['gym', 'rs', 'obs', 'fs'].map((id) => l.nodeById.get(id)!.y0)].sort((a, b) => a - b),
    );
  });

  it('ribbons are value × scale wide; tiny ones get the minimum width and are marked', () => {
    for (const k of l.links) {
      expect(k.exactWidth).toBeCloseTo(k.value * l.scale, 9);
      if (k.id === 'gs→fs') {
        expect([k.width, k.inflated]).toEqual([2, true]);
      } else {
        expect(k.inflated).toBe(false);
        expect(k.width).toBeCloseTo(k.exactWidth, 2);
      }
    }
    expect(l.inflatedLinks).toBe(1);
    expect(l.links[0]!.path).toBe(
      'M14,32.22C300,32.22 300,24 586,24L586,126.02C300,126.02 300,134.24 14,134.24Z',
    );
    expect(layoutSankey(m, { width: 600, minLinkWidth: 0 }).inflatedLinks).toBe(0);
  });

  it('colours: the key column in Okabe–Ito, links by the key node, other nodes neutral', () => {
    expect(l.nodes.map((n) => n.color)).toEqual([
      NEUTRAL_NODE_COLOR,
      '#0072b2',
      '#d55e00',
      '#009e73',
      '#cc79a7',
    ]);
    expect(l.links.map((k) => k.color)).toEqual(['#0072b2', '#d55e00', '#009e73', '#cc79a7']);
    const three = layoutSankey(buildModel(THREE_STAGES, { lang: 'de' }), { width: 800 });
    expect(three.links.map((k) => k.color)).toEqual([
      '#0072b2',
      '#0072b2',
      '#d55e00',
      '#d55e00',
      '#0072b2',
      '#0072b2',
      '#d55e00',
      '#d55e00',
    ]);
  });

  it('labels: first column right of the node, last column left of it; headings; leader for the tiny node', () => {
    const gs = l.nodeById.get('gs')!.placement!;
    expect([gs.anchor, gs.x, gs.lines.map((x) => x.text)]).toEqual(['start', 22, ['Grundschule', '1.050']]);
    const gym = l.nodeById.get('gym')!.placement!;
    expect([gym.anchor, gym.x, gym.lines.map((x) => x.text.replace(/\u00a0/g, ' '))]).toEqual([
      'end',
      578,
      ['Gymnasium', '412 (39,2 %)'],
    ]);
    expect(gym.leader).toBe(null);
    expect(l.nodeById.get('fs')!.placement!.leader).not.toBe(null);
    expect(l.stages).toEqual([
      { text: 'Grundschule', x: 0, y: 13, anchor: 'start' },
      { text: 'Schulform', x: 600, y: 13, anchor: 'end' },
    ]);
    expectTidy(l);
  });

  it('a middle column puts its labels right in the left half of the chart', () => {
    const three = layoutSankey(buildModel(THREE_STAGES, { lang: 'de' }), { width: 1000 });
    expect(three.nodes.map((n) => n.placement?.anchor)).toEqual([
      'start',
      'start',
      'start',
      'start',
      'end',
      'end',
    ]);
    expectTidy(three);
  });

  it('stays tidy at 320 px, hiding the labels of the lone source node when the gap is too narrow', () => {
    const narrow = layoutSankey(m, { width: 246 });
    expectTidy(narrow);
    expect(narrow.height).toBe(300);
    expect(narrow.fontSize).toBe(12);
    const wide = layoutSankey(
      buildModel(
        {
          ...JG5_2023,
          nodes: JG5_2023.nodes.map((n) =>
            n.id === 'gs'
              ? { ...n, label: 'Schülerinnen und Schüler der Grundschulen' }
              : { ...n, label: `${n.label} und Gesamtschulcharakter` },
          ),
        },
        { lang: 'de' },
      ),
      { width: 246 },
    );
    expect(wide.nodeById.get('gs')!.placement).toBe(null);
    expect(wide.hiddenLabels).toBe(1);
    expectTidy(wide);
  });

  it('keeps the node order equal across years (stable ranks)', () => {
    const a = selectFlow(FEED, { flow: 'uebergang', year: 2021 });
    const b = selectFlow(FEED, { flow: 'uebergang', year: 2023 });
    if (!a.ok || !b.ok) throw new Error('fixture');
    const order = (sel: typeof a) => {
      if (!sel.ok) return [];
      const lay = layoutSankey(buildModel(sel.flow, { lang: 'de', order: sel.order }), { width: 500 });
      return lay.nodes
        .filter((n) => n.column === 1)
        .sort((x, y) => x.y0 - y.y0)
        .map((n) => n.id);
    };
    expect(order(a)).toEqual(['gym', 'obs', 'hs']);
    expect(order(b)).toEqual(['gym', 'rs', 'obs', 'fs']);
  });

  it('handles 4 stages, 40 nodes and 200 links at 320 and 1000 px', () => {
    const flow = bigFlow(4, 10, 200);
    expect([flow.nodes.length, flow.links.length, checkFlow(flow).ok]).toEqual([40, 200, true]);
    const model = buildModel(flow, { lang: 'de' });
    for (const width of [320, 1000]) {
      const lay = layoutSankey(model, { width });
      expect(lay.nodes).toHaveLength(40);
      expect(lay.links).toHaveLength(200);
      expect(lay.height).toBeLessThanOrEqual(1400);
      expectTidy(lay);
      for (const k of lay.links.filter((x) => !x.inflated))
        expect(k.width).toBeCloseTo(k.value * lay.scale, 2);
    }
    const wide = layoutSankey(model, { width: 1000 });
    expect(wide.nodes.filter((n) => n.placement).length).toBeGreaterThanOrEqual(30);
  });

  it('fixed height and focus boxes', () => {
    const fixed = layoutSankey(m, { width: 600, height: 200 });
    expect(fixed.height).toBe(200);
    expectTidy(fixed);
    expect(focusBox(l, { type: 'node', id: 'gym' })).toEqual({ x: 586, y: 24, width: 14, height: 102.02 });
    expect(focusBox(l, { type: 'link', index: 0 })).toEqual({ x: 14, y: 75.01, width: 572, height: 8.22 });
    expect(focusBox(l, { type: 'node', id: 'nix' })).toBe(null);
  });
});
