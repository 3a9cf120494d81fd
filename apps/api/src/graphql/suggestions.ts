import { type GraphQLFormattedError } from 'graphql';

/**
 * graphql-js words a document or a variable that does not fit the schema with suggestions taken
 * from it (`Cannot query field "gapz" on type "Query". Did you mean "gap" or "gaps"?`, the same
 * for arguments, types, enum values and input fields). graphql 16 has no option to leave them
 * out (graphql-js issue 2247; 17 adds `hideSuggestions`), so production strips them from the
 * messages, as Apollo Server's `ApolloServerPluginDisableSuggestions` does.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function stripSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  return { ...error, message: stripSuggestions(error.message) };
}

interface Formatted {
  statusCode: number;
  response: { errors?: readonly GraphQLFormattedError[] };
}

/** An error formatter whose messages carry no suggestion. */
export function formatWithoutSuggestions<E, C, R extends Formatted>(
  format: (execution: E, context: C) => R,
): (execution: E, context: C) => R {
  return (execution, context) => {
    const formatted = format(execution, context);
    const errors = formatted.response.errors?.map(withoutSuggestions);
    return { ...formatted, response: { ...formatted.response, errors } };
  };
}
