import { type DomainError, ErrorCode } from '../errors/domain-error';
import { assertPlainText, plainTextFault, textViolations } from './plain-text';

describe('plain text', () => {
  it.each(['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u000b'])(
    'refuses control character %j anywhere',
    (character) => {
      expect(plainTextFault(`a${character}b`, true)).toMatch(/control characters \(U\+00/);
    },
  );

  it('keeps tabs everywhere, line breaks only in multi-line fields', () => {
    expect(plainTextFault('a\tb', false)).toBeNull();
    expect(plainTextFault('a\r\nb', true)).toBeNull();
    expect(plainTextFault('a\nb', false)).toBe('must be a single line');
  });

  it('keeps every plane and paired surrogates, refuses unpaired ones', () => {
    expect(plainTextFault('é 救 🚑 𝔘 <b>&amp;</b>', false)).toBeNull();
    expect(plainTextFault('a\ud83d', false)).toMatch(/unpaired surrogate/);
    expect(plainTextFault('\ude91b', false)).toMatch(/unpaired surrogate/);
  });

  it('names every offending field by its path; description, reason and note are multi-line', () => {
    const value = {
      title: 'a\nb',
      description: 'a\nb',
      languages: ['fr', 'e\u0000'],
      objective: { indicator: '\u001b' },
    };
    expect(textViolations(value, 'input').map((violation) => violation.field)).toEqual([
      'input.title',
      'input.languages.1',
      'input.objective.indicator',
    ]);
  });

  it('throws one BAD_USER_INPUT naming the first field', () => {
    expect.assertions(3);
    try {
      assertPlainText({ search: 'x\u0000' }, 'filter');
    } catch (error) {
      expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((error as DomainError).field).toBe('filter.search');
      expect((error as DomainError).message).toMatch(/^filter\.search: search must not contain/);
    }
  });
});
