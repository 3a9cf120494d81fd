import { figureOf, figuresOf } from './map-figures';

describe('map figures', () => {
  const rows = [
    { memberStateIso3: 'RWA', open: 120 },
    { memberStateIso3: 'FRA', open: 0 },
  ];

  it('turn report rows into figures by ISO3, zero kept as a figure', () => {
    const figures = figuresOf(
      rows,
      (row) => row.memberStateIso3,
      (row) => row.open,
    );
    expect(figures).toEqual({ RWA: 120, FRA: 0 });
    expect(figureOf(figures, 'FRA')).toBe(0);
  });

  it('stay undefined while the rows load', () => {
    expect(figuresOf(undefined, String, Number)).toBeUndefined();
    expect(figureOf(undefined, 'RWA')).toBeUndefined();
  });

  it('give no figure to a country absent from the rows, nor to an object key', () => {
    const figures = figuresOf(
      rows,
      (row) => row.memberStateIso3,
      (row) => row.open,
    );
    expect(figureOf(figures, 'TCD')).toBeUndefined();
    expect(figureOf(figures, 'constructor')).toBeUndefined();
    expect(figureOf(figures, 'toString')).toBeUndefined();
  });
});
