import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { counties } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { type CountyCollection, countyMapGeometry, shadeClasses, shadeIndex } from '../src/lib/map.ts';

const require = createRequire(import.meta.url);
const geojson = JSON.parse(
  await readFile(require.resolve('@skb/content-types/data/se-counties.geojson'), 'utf8'),
) as CountyCollection;

describe('county map', () => {
  const geometry = countyMapGeometry(geojson, 320);

  it('draws all 21 counties, one path each, with SCB codes', () => {
    expect(geometry.shapes.map((shape) => shape.code).sort()).toEqual(counties.map((county) => county.code).sort());
    expect(geometry.shapes.every((shape) => shape.d.startsWith('M'))).toBe(true);
  });

  it('fits Sweden upright in the width given (taller than wide)', () => {
    expect(geometry.width).toBe(320);
    expect(geometry.height).toBeGreaterThan(600);
    expect(geometry.height).toBeLessThan(800);
  });

  it('never draws a county as the whole world (ring winding is corrected)', () => {
    for (const shape of geometry.shapes) {
      const numbers = (shape.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(Math.min(...numbers), shape.code).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...numbers), shape.code).toBeLessThanOrEqual(geometry.height + 1);
    }
  });
});

describe('map shading', () => {
  it('splits counts into classes at quantiles, leaving zero its own shade', () => {
    const classes = shadeClasses([0, 1, 2, 3, 5, 8, 13, 21, 0]);
    expect(classes).toEqual([
      { min: 1, max: 2 },
      { min: 3, max: 5 },
      { min: 6, max: 13 },
      { min: 14, max: 21 },
    ]);
    expect([0, 1, 4, 13, 21].map((count) => shadeIndex(count, classes))).toEqual([0, 1, 2, 3, 4]);
  });

  it('uses fewer classes when there are few distinct counts', () => {
    expect(shadeClasses([2, 2, 2])).toEqual([{ min: 1, max: 2 }]);
    expect(shadeClasses([0, 0])).toEqual([]);
  });
});
