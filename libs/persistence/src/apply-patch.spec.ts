import { type BadInputError } from '@app/common';
import { applyPatch } from './apply-patch';

describe('applyPatch', () => {
  const entity = () => ({ title: 'Old', quantity: 5, description: 'x', tags: ['a'] as string[] });

  it('keeps fields left undefined and sets given ones', () => {
    const target = entity();
    applyPatch(target, { title: 'New', quantity: undefined }, {});
    expect(target).toEqual({ title: 'New', quantity: 5, description: 'x', tags: ['a'] });
  });

  it('clears clearable fields to their empty value on null', () => {
    const target = entity();
    applyPatch(target, { description: null, tags: null }, { description: '', tags: [] });
    expect(target).toMatchObject({ description: '', tags: [] });
  });

  it('refuses null on a required field, naming it', () => {
    expect(() => applyPatch(entity(), { quantity: null }, { description: '' })).toThrow(
      expect.objectContaining({ field: 'input.quantity' }) as unknown as BadInputError,
    );
  });
});
