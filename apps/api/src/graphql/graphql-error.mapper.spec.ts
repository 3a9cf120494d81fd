import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';

import { BadInputError, ConflictError, NotFoundError } from '@app/common';

import { describeVariableError, toClientError } from './graphql-error.mapper';

function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['createGap'], originalError: original });
}

describe('toClientError', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('maps domain errors to their code, field and details', () => {
    expect(
      toClientError(fromResolver(new BadInputError('input.quantity', 'too small'))),
    ).toMatchObject({
      message: 'too small',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.quantity' },
    });
    expect(
      toClientError(fromResolver(new NotFoundError('Offer', 'o1', 'input.id'))).extensions,
    ).toEqual({
      code: 'NOT_FOUND',
      field: 'input.id',
      entity: 'Offer',
      id: 'o1',
    });
    expect(
      toClientError(fromResolver(new ConflictError('no', 'input.id'))).extensions,
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR', () => {
    const leaked = toClientError(fromResolver(new Error('relation "secret_table" does not exist')));
    expect(leaked).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['createGap'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('codes parse and validation failures of the request', () => {
    expect(
      toClientError(new GraphQLError('Syntax Error: Expected Name, found "}".')).extensions,
    ).toEqual({
      code: 'GRAPHQL_PARSE_FAILED',
    });
    expect(
      toClientError(new GraphQLError('Cannot query field "nope" on type "Query".')).extensions,
    ).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });
});

describe('describeVariableError', () => {
  it('reads the field of a graphql-js coercion error without echoing the value', () => {
    expect(
      describeVariableError(
        'Variable "$input" got invalid value "COOKING" at "input.category"; Value "COOKING" does not exist in "Category" enum.',
      ),
    ).toEqual({
      field: 'input.category',
      message: 'input.category: Value "COOKING" does not exist in "Category" enum.',
    });
  });

  it('reads the field of a graphql-jit coercion error', () => {
    expect(
      describeVariableError(
        'Variable "$input" got invalid value { secret: 1 }; Field value.open of required type Boolean! was not provided.',
      ),
    ).toEqual({
      field: 'input.open',
      message: 'input.open: Field value.open of required type Boolean! was not provided.',
    });
  });
});

describe('toClientError on requests that cannot run', () => {
  it('a variable the document misuses is a validation error, its message whole', () => {
    const error = new GraphQLError('Variable "$id" is never used in operation "Q".');
    expect(toClientError(error)).toMatchObject({
      message: 'Variable "$id" is never used in operation "Q".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('a required variable left out is BAD_USER_INPUT naming it, its message whole', () => {
    const error = new GraphQLError('Variable "$id" of required type "ID!" was not provided.');
    expect(toClientError(error)).toMatchObject({
      message: 'id: Variable "$id" of required type "ID!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });

  it("Mercurius' refusal of a request without a query is GRAPHQL_VALIDATION_FAILED", () => {
    const original = Object.assign(new Error('Unknown query'), {
      code: 'MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND',
      statusCode: 400,
    });
    expect(
      toClientError(new GraphQLError('Unknown query', { originalError: original })),
    ).toMatchObject({
      message: 'Unknown query',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
