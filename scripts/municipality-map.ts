// Generates content-types/data/se-municipality-shapes.json, the outlines of Sweden's 290
// municipalities as SVG paths for the service-status map, from the copied borders in
// content-types/data/se-municipalities.geojson. Simplified with topology kept (neighbours share one
// simplified border, so no gaps or overlaps), projected, and rounded to whole units so the page
// that draws all 290 stays small. Run after updating the borders: `node scripts/municipality-map.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const dataDir = fileURLToPath(new URL('../content-types/data/', import.meta.url));
const source = `${dataDir}se-municipalities.geojson`;
const target = `${dataDir}se-municipality-shapes.json`;

/** Width of the map in SVG units; the height follows from the projection. */
const WIDTH = 400;
/** Share of the border points kept (by their visual weight). */
const KEEP = 0.12;
/** Parallel at which the equirectangular projection keeps true proportions: the middle of Sweden. */
const STANDARD_PARALLEL = 62;

type Props = { id: string; kom_namn: string };
type Shape = Feature<Polygon | MultiPolygon, Props>;
const borders = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Props>;

// The typings want properties that are never null; ours never are.
const topo = presimplify(topology({ municipalities: borders }, 1e5) as Parameters<typeof presimplify>[0]);
const simplified = simplify(topo, quantile(topo, 1 - KEEP));
const shapes = (
  feature(simplified, simplified.objects.municipalities) as unknown as FeatureCollection<Polygon | MultiPolygon>
).features as Shape[];

const rings = (shape: Shape): Position[][] =>
  shape.geometry.type === 'Polygon' ? shape.geometry.coordinates : shape.geometry.coordinates.flat();
const all = shapes.flatMap((shape) => rings(shape).flat());
const xScale = Math.cos((STANDARD_PARALLEL * Math.PI) / 180);
const minX = Math.min(...all.map(([lon]) => (lon as number) * xScale));
const maxX = Math.max(...all.map(([lon]) => (lon as number) * xScale));
const minLat = Math.min(...all.map(([, lat]) => lat as number));
const maxLat = Math.max(...all.map(([, lat]) => lat as number));
const k = WIDTH / (maxX - minX);
const height = Math.ceil((maxLat - minLat) * k);
const project = ([lon, lat]: Position): [number, number] => [
  Math.round(((lon as number) * xScale - minX) * k),
  Math.round((maxLat - (lat as number)) * k),
];

/** A ring as a path with relative moves: shorter than absolute coordinates. */
function ringPath(ring: Position[]): string {
  const points = ring
    .map(project)
    .filter((p, i, list) => i === 0 || p[0] !== list[i - 1]?.[0] || p[1] !== list[i - 1]?.[1]);
  if (points.length < 3) return '';
  const [first, ...rest] = points as [[number, number], ...[number, number][]];
  let [x, y] = first;
  let path = `M${x} ${y}`;
  for (const [px, py] of rest) {
    path += `l${px - x} ${py - y}`;
    x = px;
    y = py;
  }
  return `${path.replace(/ -/g, '-')}z`;
}

const out = {
  source: 'okfse/sweden-geojson swedish_municipalities.geojson (original boundaries: Valmyndigheten), simplified',
  width: WIDTH,
  height,
  shapes: shapes
    .map((shape) => ({ code: shape.properties.id, d: rings(shape).map(ringPath).join('') }))
    .sort((a, b) => a.code.localeCompare(b.code)),
};
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(
  `${out.shapes.length} shapes, ${WIDTH}×${height}, ${(JSON.stringify(out).length / 1024).toFixed(0)} kB → ${target}`,
);
