import { graphql } from '../graphql/generated';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
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
  }
`);

export const RefreshTokenMutation = graphql(`
  mutation RefreshToken($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
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
