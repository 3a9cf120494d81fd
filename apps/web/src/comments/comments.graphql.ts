import { graphql } from '../graphql/generated';

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    authorUserId
    authorEmail
    authorRole
    authorMemberState
    createdAt
    editedAt
    deletableUntil
    mentions {
      userId
      email
    }
  }
`);

export const CommentsQuery = graphql(`
  query Comments($gapId: ID, $proposalId: ID, $partnershipId: ID, $first: Int!, $after: String) {
    comments(
      gapId: $gapId
      proposalId: $proposalId
      partnershipId: $partnershipId
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...CommentFields
        }
      }
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: CommentIdInput!) {
    deleteComment(input: $input) {
      id
    }
  }
`);
