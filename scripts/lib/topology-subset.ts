/**
 * Cuts a part of a TopoJSON topology out as a topology of its own: the chosen geometries and only the arcs they
 * use, renumbered, with the same quantization transform. Nothing is re-simplified or re-quantized, so the part's
 * borders are exactly those of the whole (neighbouring files still meet).
 */
import { bbox as topologyBbox } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

type ArcIndexes = number[] | number[][] | number[][][];

function mapArcs(arcs: ArcIndexes, remap: (index: number) => number): ArcIndexes {
  return (arcs as unknown[]).map((a) => (Array.isArray(a) ? mapArcs(a as ArcIndexes, remap) : remap(a as number))) as ArcIndexes;
}

function arcsOf(geometry: GeometryObject): ArcIndexes | null {
  return 'arcs' in geometry ? (geometry.arcs as ArcIndexes) : null;
}

/** `objects`: the new topology's objects, each a list of geometries taken from `topology`. */
export function topologySubset(topology: Topology, objects: Record<string, readonly GeometryObject[]>): Topology {
  const used = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const remap = (index: number): number => {
    const own = index < 0 ? ~index : index;
    let next = used.get(own);
    if (next === undefined) {
      next = arcs.length;
      used.set(own, next);
      arcs.push(topology.arcs[own]);
    }
    return index < 0 ? ~next : next;
  };
  const outObjects: Topology['objects'] = {};
  for (const [name, geometries] of Object.entries(objects)) {
    outObjects[name] = {
      type: 'GeometryCollection',
      geometries: geometries.map((g) => {
        const a = arcsOf(g);
        return (a ? { ...g, arcs: mapArcs(a, remap) } : { ...g }) as GeometryObject;
      }),
    };
  }
  const out: Topology = { type: 'Topology', ...(topology.transform ? { transform: topology.transform } : {}), objects: outObjects, arcs };
  out.bbox = topologyBbox(out).map((v) => Math.round(v * 1e6) / 1e6) as Topology['bbox'];
  return out;
}
