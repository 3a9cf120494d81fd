/**
 * The map's sequential colours: ColorBrewer's YlGnBu (pale yellow to dark blue), which
 * ColorBrewer marks colour-blind safe, without its near-white first class so that a country at
 * zero still stands apart from the white sea and from the grey of countries without figures.
 * Darker means more: the scale is linear from 0 to the largest value shown, as the legend says.
 */
export const SCALE_STOPS = [
  '#edf8b1',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#253494',
  '#081d58',
] as const;

/** Countries with no figure (not a T/PCC with gaps, or not a donor): neutral grey. */
export const NO_DATA_COLOUR = '#ced4da';

type Rgb = readonly [number, number, number];

const rgbOf = (hex: string): Rgb => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

const hexOf = (rgb: Rgb): string =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

const STOPS_RGB = SCALE_STOPS.map(rgbOf);

/** The colour at t in [0, 1] along the stops, interpolated in RGB between the two nearest. */
export function colourAt(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (STOPS_RGB.length - 1);
  const index = Math.min(Math.floor(position), STOPS_RGB.length - 2);
  const fraction = position - index;
  const from = STOPS_RGB[index]!;
  const to = STOPS_RGB[index + 1]!;
  const mix = (channel: 0 | 1 | 2) => from[channel] + (to[channel] - from[channel]) * fraction;
  return hexOf([mix(0), mix(1), mix(2)]);
}

/** The fill of a value on a map whose largest value is max: 0 → palest, max → darkest. */
export function colourScale(max: number): (value: number) => string {
  return (value) => colourAt(max > 0 ? value / max : 0);
}

/** The largest of the figures, 0 when there are none (the legend still reads 0 to 0). */
export function maxOf(values: Readonly<Record<string, number>>): number {
  return Object.values(values).reduce((max, value) => Math.max(max, value), 0);
}

/** The legend's bar: the same stops, left to right. */
export const LEGEND_GRADIENT = `linear-gradient(to right, ${SCALE_STOPS.join(', ')})`;
