import { graphql } from '../graphql/generated';

/** What signing in and refreshing the session both answer: the tokens and who is signed in. */
export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      email
      role
      memberStateIso3
      preferredLanguage
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

export const RefreshTokenMutation = graphql(`
  mutation RefreshToken($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      ...SessionFields
    }
  }
`);

export const SetPreferredLanguageMutation = graphql(`
  mutation SetPreferredLanguage($input: SetPreferredLanguageInput!) {
    setPreferredLanguage(input: $input) {
      id
      preferredLanguage
    }
  }
`);
