import { describe, expect, it } from 'vitest';
import {
  emphasis,
  focusKey,
  initialFocus,
  moveFocus,
  nodeLinks,
  pathLinks,
} from '../../src/core/sankey/keyboard';
import { buildModel } from '../../src/core/sankey/model';
import { THREE_STAGES } from './sankey-fixtures';

// a→x 0, a→y 1, b→x 2, b→y 3, x→p 4, x→q 5, y→p 6, y→q 7
const m = buildModel(THREE_STAGES, { lang: 'de' });
const node = (id: string) => ({ type: 'node', id }) as const;

describe('keyboard path', () => {
  it('starts on the first node of the first column', () => {
    expect(initialFocus(m)).toEqual(node('a'));
  });

  it('up and down move within a column, Home/End jump, edges stop', () => {
    expect(moveFocus(m, node('a'), 'ArrowDown')).toEqual(node('b'));
    expect(moveFocus(m, node('b'), 'ArrowUp')).toEqual(node('a'));
    expect(moveFocus(m, node('a'), 'ArrowUp')).toBe(null);
    expect(moveFocus(m, node('b'), 'ArrowDown')).toBe(null);
    expect(moveFocus(m, node('a'), 'End')).toEqual(node('b'));
    expect(moveFocus(m, node('q'), 'Home')).toEqual(node('p'));
  });

  it('right and left step node → largest ribbon → node', () => {
    const out = moveFocus(m, node('b'), 'ArrowRight');
    expect(out).toEqual({ type: 'link', index: 3, via: 'source' }); // b→y 80 is b's largest
    expect(moveFocus(m, out!, 'ArrowRight')).toEqual(node('y'));
    expect(moveFocus(m, out!, 'ArrowLeft')).toEqual(node('b'));
    const into = moveFocus(m, node('p'), 'ArrowLeft');
    expect(into).toEqual({ type: 'link', index: 4, via: 'target' }); // x→p 70
    expect(moveFocus(m, node('p'), 'ArrowRight')).toBe(null);
    expect(moveFocus(m, node('a'), 'ArrowLeft')).toBe(null);
  });

  it('up and down on a ribbon go through the ribbons of the node it was reached from', () => {
    expect(moveFocus(m, { type: 'link', index: 3, via: 'source' }, 'ArrowUp')).toEqual({
      type: 'link',
      index: 2,
      via: 'source',
    });
    expect(moveFocus(m, { type: 'link', index: 3, via: 'source' }, 'ArrowDown')).toBe(null);
    expect(moveFocus(m, { type: 'link', index: 4, via: 'target' }, 'ArrowDown')).toEqual({
      type: 'link',
      index: 6,
      via: 'target',
    });
    expect(moveFocus(m, { type: 'link', index: 6, via: 'target' }, 'Home')).toEqual({
      type: 'link',
      index: 4,
      via: 'target',
    });
  });

  it('links of a node in visual order', () => {
    expect(nodeLinks(m, 'x', 'target')).toEqual([0, 2]);
    expect(nodeLinks(m, 'y', 'source')).toEqual([6, 7]);
  });
});

describe('emphasis', () => {
  it('a node emphasises every path through it, a link itself', () => {
    expect([...pathLinks(m, node('a'))].sort()).toEqual([0, 1, 4, 5, 6, 7]);
    expect([...pathLinks(m, node('p'))].sort()).toEqual([0, 1, 2, 3, 4, 6]);
    expect([...pathLinks(m, { type: 'link', index: 5, via: 'source' })]).toEqual([5]);
    const e = emphasis(m, { type: 'link', index: 5, via: 'source' })!;
    expect([...e.nodes].sort()).toEqual(['q', 'x']);
    expect(emphasis(m, null)).toBe(null);
  });

  it('focus keys', () => {
    expect(focusKey(node('a'))).toBe('node:a');
    expect(focusKey({ type: 'link', index: 3, via: 'target' })).toBe('link:3');
    expect(focusKey(null)).toBe('');
  });
});
