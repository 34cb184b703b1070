// Sweden's counties as SVG paths, projected at build time with d3-geo (transverse Mercator around
// 15° E, the meridian of SWEREF 99 TM, so the country is not skewed). No tiles, no requests.
import { type GeoPermissibleObjects, geoArea, geoPath, geoTransverseMercator } from 'd3-geo';

export interface CountyFeature {
  type: 'Feature';
  properties: { l_id: number; name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}
export interface CountyCollection {
  type: 'FeatureCollection';
  features: CountyFeature[];
}

export interface CountyShape {
  /** SCB county code, two digits. */
  code: string;
  /** SVG path data. */
  d: string;
}

export interface CountyMapGeometry {
  width: number;
  height: number;
  shapes: CountyShape[];
}

/**
 * d3-geo reads rings on the sphere: a polygon wound the "wrong" way covers the rest of the globe.
 * GeoJSON files disagree on winding, so turn any feature that claims more than half the sphere.
 */
function rewound(feature: CountyFeature): CountyFeature {
  if (geoArea(feature as GeoPermissibleObjects) <= 2 * Math.PI) return feature;
  const reverseRings = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const geometry =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: reverseRings(feature.geometry.coordinates as number[][][]) }
      : {
          type: 'MultiPolygon' as const,
          coordinates: (feature.geometry.coordinates as number[][][][]).map(reverseRings),
        };
  return { ...feature, geometry };
}

/** Paths of every county, fitted into `width` pixels wide. */
export function countyMapGeometry(collection: CountyCollection, width = 320): CountyMapGeometry {
  const features = collection.features.map(rewound);
  const all = { type: 'FeatureCollection', features } as GeoPermissibleObjects;
  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(width, all);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(all);
  const height = Math.ceil(y1 - Math.min(0, y0));
  return {
    width,
    height,
    shapes: features.map((feature) => ({
      code: String(feature.properties.l_id).padStart(2, '0'),
      d: path(feature as GeoPermissibleObjects) ?? '',
    })),
  };
}

/** A shading class: counts from `min` to `max` share one colour. */
export interface ShadeClass {
  min: number;
  max: number;
}

/** Up to `classes` ranges of non-zero counts, split at quantiles so each colour is used. */
export function shadeClasses(counts: readonly number[], classes = 4): ShadeClass[] {
  const values = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (values.length === 0) return [];
  const uppers = [
    ...new Set(
      Array.from({ length: classes }, (_, i) => values[Math.ceil(((i + 1) * values.length) / classes) - 1] as number),
    ),
  ];
  return uppers.map((max, i) => ({ min: i === 0 ? 1 : (uppers[i - 1] as number) + 1, max }));
}

/** Index of the shade for a count: 0 for none, 1… for the classes. */
export function shadeIndex(count: number, classes: readonly ShadeClass[]): number {
  if (count <= 0) return 0;
  const index = classes.findIndex((range) => count <= range.max);
  return index === -1 ? classes.length : index + 1;
}

/** Light to dark green; the first is "no entries". */
export const SHADES = ['#eef1ee', '#cde6d3', '#8fc79f', '#4f9a68', '#1d5b3a'] as const;
