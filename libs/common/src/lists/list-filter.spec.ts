import 'reflect-metadata';

import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { validateInput } from '../validation/validate-input';
import { dateIn, enumIn, idIn, listFilter, stringIn, textContains } from './list-filter';

enum Colour {
  RED = 'RED',
  BLUE = 'BLUE',
}

const PROBE_FILTER = listFilter('ProbeFilter', {
  colour: enumIn(Colour, 'colour'),
  owner: idIn('owner_id'),
  code: stringIn('code', [], { max: 2, description: 'Codes' }),
  day: dateIn('day'),
  search: textContains('title'),
});

/** The conditions and parameters a query builder was given. */
function recorder() {
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  const query = {
    andWhere(condition: string, values: Record<string, unknown> = {}) {
      conditions.push(condition);
      Object.assign(parameters, values);
      return query;
    },
  };
  return { query: query as unknown as SelectQueryBuilder<ObjectLiteral>, conditions, parameters };
}

describe('listFilter: one declaration per list filter', () => {
  // The GraphQL input types made from declarations are checked field by field against the
  // committed schema.gql (test/schema.e2e-spec.ts).

  it('validates each field as declared, naming the field', async () => {
    await expect(
      validateInput(PROBE_FILTER.input, { colour: ['RED'], code: ['A', 'B'], search: 'ab' }),
    ).resolves.toBeDefined();
    await expect(validateInput(PROBE_FILTER.input, { colour: ['GREEN'] })).rejects.toMatchObject({
      field: expect.stringContaining('colour'),
    });
    await expect(
      validateInput(PROBE_FILTER.input, { code: ['A', 'B', 'C'] }),
    ).rejects.toMatchObject({ field: expect.stringContaining('code') });
    await expect(validateInput(PROBE_FILTER.input, { owner: ['x'] })).rejects.toMatchObject({
      field: expect.stringContaining('owner'),
    });
    await expect(validateInput(PROBE_FILTER.input, { search: 'a' })).rejects.toMatchObject({
      field: expect.stringContaining('search'),
    });
  });

  it('narrows the query field by field, skipping empty and missing ones', () => {
    const { query, conditions, parameters } = recorder();
    PROBE_FILTER.apply(
      query,
      { colour: [Colour.RED], code: [], day: { from: '2027-01-01' }, search: '50%' },
      't',
    );
    expect(conditions).toEqual([
      't.colour IN (:...colour)',
      't.day >= :dayFrom',
      't.title ILIKE :searchPattern',
    ]);
    expect(parameters).toEqual({
      colour: ['RED'],
      dayFrom: '2027-01-01',
      searchPattern: '%50\\%%',
    });
  });

  it('gives the export parameters, leaving out what an export does not offer (date ranges)', () => {
    expect(PROBE_FILTER.params).toEqual({
      colour: 'codes',
      owner: 'ids',
      code: 'codes',
      search: 'text',
    });
  });
});
