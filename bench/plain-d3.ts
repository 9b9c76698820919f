import { bisectRight } from 'd3-array';
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Contestant } from './contestants';

/** Baseline: what a developer writes with d3-geo: project the source geometry, one path per region. */
export function plainD3(): Contestant {
  let paths: SVGPathElement[] = [];
  let job: Parameters<Contestant['first']>[1];
  const fill = (year: 0 | 1) =>
    paths.forEach((p, i) =>
      p.setAttribute('fill', job.colors[bisectRight(job.breaks, job.values[year][i]!)]!),
    );
  return {
    async first(stage, j) {
      job = j;
      const topo = j.sourceTopology as Topology;
      const fc = feature(topo, topo.objects[j.sourceObject] as GeometryCollection);
      const projection = geoConicConformal()
        .rotate([-10.5, 0])
        .parallels([48.6667, 53.6667])
        .fitSize([800, 800], fc);
      const path = geoPath(projection);
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', '800');
      svg.setAttribute('height', '800');
      paths = fc.features.map((f) => {
        const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        p.setAttribute('d', path(f) ?? '');
        p.setAttribute('stroke', '#fff');
        p.setAttribute('stroke-width', '0.3');
        svg.append(p);
        return p;
      });
      fill(0);
      stage.append(svg);
    },
    async switchYear() {
      fill(1);
    },
  };
}
