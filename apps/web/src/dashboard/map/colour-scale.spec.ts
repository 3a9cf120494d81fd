import {
  colourAt,
  colourScale,
  LEGEND_GRADIENT,
  maxOf,
  NO_DATA_COLOUR,
  SCALE_STOPS,
} from './colour-scale';

/** Relative luminance (WCAG), to check that the scale darkens steadily. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('the map colour scale', () => {
  it('runs from the palest stop at 0 to the darkest at the maximum', () => {
    const scale = colourScale(250);
    expect(scale(0)).toBe(SCALE_STOPS[0]);
    expect(scale(250)).toBe(SCALE_STOPS.at(-1));
  });

  it('darkens as the value grows: sequential, readable without hue', () => {
    const scale = colourScale(100);
    const shades = Array.from({ length: 21 }, (_, i) => luminance(scale(i * 5)));
    for (let i = 1; i < shades.length; i++) expect(shades[i]!).toBeLessThan(shades[i - 1]!);
  });

  it('interpolates between stops', () => {
    // Halfway between the first two stops, #edf8b1 and #c7e9b4.
    expect(colourAt(0.5 / (SCALE_STOPS.length - 1))).toBe('#daf1b3');
  });

  it('keeps values outside 0..max at the ends, and a zero maximum at the palest', () => {
    expect(colourScale(10)(-3)).toBe(SCALE_STOPS[0]);
    expect(colourScale(10)(30)).toBe(SCALE_STOPS.at(-1));
    expect(colourScale(0)(0)).toBe(SCALE_STOPS[0]);
    expect(colourAt(Number.NaN)).toBe(SCALE_STOPS[0]);
  });

  it('keeps "no figure" apart from every colour of the scale', () => {
    for (let i = 0; i <= 10; i++) expect(colourAt(i / 10)).not.toBe(NO_DATA_COLOUR);
  });

  it('finds the largest figure, 0 when there is none', () => {
    expect(maxOf({ RWA: 12, TCD: 40, FRA: 0 })).toBe(40);
    expect(maxOf({})).toBe(0);
  });

  it('draws the legend with the same stops', () => {
    for (const stop of SCALE_STOPS) expect(LEGEND_GRADIENT).toContain(stop);
  });
});
