import { type BadInputError } from '@app/common';
import { CreateGapInput } from '@app/gaps';
import { CreateOfferInput } from '@app/offers';

import { InputValidationPipe } from './input-validation.pipe';

const pipe = new InputValidationPipe();

const gap = {
  memberState: 'RWA',
  category: 'MEDICAL',
  capability: 'LEVEL_2_HOSPITAL',
  title: 'Level II hospital surgical team',
  quantity: 2,
  unit: 'UNITS',
  priority: 'CRITICAL',
  languages: ['fr'],
  neededFrom: '2027-01-01',
  neededBy: '2027-03-01',
};

async function violationOf(metatype: unknown, value: object): Promise<BadInputError> {
  try {
    await pipe.transform(value, { type: 'body', metatype: metatype as never, data: 'input' });
  } catch (error) {
    return error as BadInputError;
  }
  throw new Error('expected a validation error');
}

describe('InputValidationPipe', () => {
  it('turns a valid input into the input class, stripping unknown fields', async () => {
    const result = (await pipe.transform(
      { ...gap, injected: 'x' },
      { type: 'body', metatype: CreateGapInput, data: 'input' },
    )) as CreateGapInput;
    expect(result).toBeInstanceOf(CreateGapInput);
    expect(result).not.toHaveProperty('injected');
    // Defaults are the schema's (create only) and the services', never the pipe's: an update
    // must not get a create default for a field it leaves out.
    expect(result.source).toBeUndefined();
  });

  it.each([
    [{ quantity: 1.5 }, 'input.quantity'],
    [{ languages: ['fr', 'fr'] }, 'input.languages'],
    [{ capability: 'Level 2' }, 'input.capability'],
    [{ title: 'ab' }, 'input.title'],
    [{ objective: { indicator: 'x' } }, 'input.objective.indicator'],
  ])('names the offending field of a gap: %p → %s', async (change, field) => {
    const error = await violationOf(CreateGapInput, { ...gap, ...change });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('checks eligibility codes and money of an offer', async () => {
    const offer = {
      donor: 'USA',
      category: 'MEDICAL',
      title: 'Training',
      capacity: 10,
      unit: 'TRAINEES',
      languages: ['en'],
      availableFrom: '2027-01-01',
      availableTo: '2027-02-01',
    };
    expect((await violationOf(CreateOfferInput, { ...offer, eligible: ['Africa'] })).field).toBe(
      'input.eligible',
    );
    expect((await violationOf(CreateOfferInput, { ...offer, costPerUnit: 1.234 })).field).toBe(
      'input.costPerUnit',
    );
    expect((await violationOf(CreateOfferInput, { ...offer, excluded: ['usa'] })).field).toBe(
      'input.excluded',
    );
  });
});
