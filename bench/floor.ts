import type { Contestant } from './contestants';

/** The floor: an empty 800×800 SVG. Anything costs at least this much by this measure. */
export function floor(): Contestant {
  let svg: SVGSVGElement;
  return {
    async first(stage) {
      svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', '800');
      svg.setAttribute('height', '800');
      stage.append(svg);
    },
    async switchYear() {
      svg.setAttribute('data-year', '1');
    },
  };
}
