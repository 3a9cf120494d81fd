import { byKeys, groupedByKeys } from './request-loaders';

describe('batch results ordered like the keys', () => {
  const rows = [
    { id: 'a1', parent: 'A' },
    { id: 'b1', parent: 'B' },
    { id: 'a2', parent: 'A' },
    { id: 'x1', parent: 'X' },
  ];

  it('byKeys: one row a key, null for a key with none', () => {
    expect(byKeys(['b1', 'zz', 'a1'], rows, (row) => row.id)).toEqual([rows[1], null, rows[0]]);
  });

  it("groupedByKeys: each key's rows in the rows' order, [] for a key with none, others left out", () => {
    expect(groupedByKeys(['B', 'C', 'A'], rows, (row) => row.parent)).toEqual([
      [rows[1]],
      [],
      [rows[0], rows[2]],
    ]);
  });
});
