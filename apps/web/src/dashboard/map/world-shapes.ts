import { geoArea, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, GeometryCollection as Geometries, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:110m, bundled into this lazy chunk: the app loads nothing from another host.
import atlas from 'world-atlas/countries-110m.json';

import { MEMBER_STATE_CODES } from './member-state-codes';

/** The SVG's coordinate system; the drawing scales to its container's width. */
export const MAP_WIDTH = 960;

/** A country as drawn: its outline in map coordinates and where its label points. */
export interface CountryShape {
  /** world-atlas's id: ISO 3166-1 numeric. */
  numeric: string;
  /** The member state's ISO3; undefined for territories that are not member states. */
  iso3: string | undefined;
  /** SVG path data; empty for a state too small for the 1:110m atlas. */
  d: string;
  /**
   * Where a dot marks the country when it has a figure: states missing from the atlas and those
   * too small to see or click at this scale (Rwanda, Burundi, Lebanon).
   */
  marker?: readonly [number, number];
  /** Where a tooltip points: the centre of the country's largest piece. */
  anchor: readonly [number, number];
}

export interface WorldShapes {
  height: number;
  countries: readonly CountryShape[];
}

type CountryProperties = { name: string };
type Atlas = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/**
 * Pieces without an ISO code in Natural Earth, drawn as part of the member state the UN
 * recognises there (Security Council resolutions on Somalia's and Cyprus's territorial
 * integrity). Kosovo stays grey and not selectable: it has no member state code of its own.
 */
const PART_OF: Readonly<Record<string, string>> = { Somaliland: '706', 'N. Cyprus': '196' };

/** Smaller than this, in map units squared (about 35,000 km²), a country with a figure gets a dot. */
const SMALL_AREA = 25;

/** Room around the drawing, in map units: a dot's radius and an outline's width. */
const MARGIN = 6;

/** Not drawn: it has no T/PCC or donor, and it would take a fifth of the height. */
const ANTARCTICA = '010';

const ISO3_BY_NUMERIC: ReadonlyMap<string, string> = new Map(
  Object.entries(MEMBER_STATE_CODES).map(([iso3, code]) => [code.numeric, iso3]),
);

type Country = Feature<Polygon | MultiPolygon, CountryProperties>;

/** The largest piece of a country (France without French Guiana, the USA without Alaska). */
function mainland(country: Country): Feature<Polygon> {
  const { geometry } = country;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const pieces = polygons.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return pieces.reduce((largest, piece) => (geoArea(piece) > geoArea(largest) ? piece : largest));
}

function project(): WorldShapes {
  const topology = atlas as unknown as Atlas;
  const all = feature(topology, topology.objects.countries).features as Country[];
  const drawn = all.filter((country) => country.id !== ANTARCTICA);
  const dotCoordinates = Object.values(MEMBER_STATE_CODES).flatMap((code) =>
    code.point ? [[...code.point]] : [],
  );
  // Fitted to the shapes and the dots, with a margin so that a dot or an outline is never cut.
  const extent: Geometries = {
    type: 'GeometryCollection',
    geometries: [
      ...drawn.map((country) => country.geometry),
      { type: 'MultiPoint', coordinates: dotCoordinates },
    ],
  };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH - 2 * MARGIN, extent);
  const [x, y] = projection.translate();
  projection.translate([x + MARGIN, y + MARGIN]);
  const path = geoPath(projection);
  const height = Math.ceil(path.bounds(extent)[1][1] + MARGIN);

  const byNumeric = new Map<
    string,
    { d: string[]; area: number; anchor: readonly [number, number] }
  >();
  const unnamed: CountryShape[] = [];
  for (const country of drawn) {
    const numeric = (country.id as string | undefined) ?? PART_OF[country.properties.name];
    const d = path(country) ?? '';
    if (!numeric) {
      unnamed.push({ numeric: '', iso3: undefined, d, anchor: path.centroid(mainland(country)) });
      continue;
    }
    const area = path.area(country);
    const shape = byNumeric.get(numeric);
    if (shape) {
      shape.d.push(d);
      shape.area += area;
    } else byNumeric.set(numeric, { d: [d], area, anchor: path.centroid(mainland(country)) });
  }
  const shapes: CountryShape[] = [...byNumeric].map(([numeric, shape]) => ({
    numeric,
    iso3: ISO3_BY_NUMERIC.get(numeric),
    d: shape.d.join(''),
    anchor: shape.anchor,
    ...(shape.area < SMALL_AREA && { marker: shape.anchor }),
  }));
  const dots: CountryShape[] = Object.entries(MEMBER_STATE_CODES).flatMap(([iso3, code]) => {
    const at = code.point && projection([...code.point]);
    if (!at) return [];
    const centre = [at[0], at[1]] as const;
    return [{ numeric: code.numeric, iso3, d: '', marker: centre, anchor: centre }];
  });
  return { height, countries: [...unnamed, ...shapes, ...dots] };
}

let projected: WorldShapes | undefined;

/** Every country projected once (Equal Earth: areas compare truly), then kept. */
export function worldShapes(): WorldShapes {
  projected ??= project();
  return projected;
}
