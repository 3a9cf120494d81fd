import { graphql } from '../graphql/generated';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    path
    quantity
    read
    createdAt
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadNotifications {
    notifications(first: 1) {
      unreadCount
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $filter: NotificationFilter) {
    notifications(first: $first, filter: $filter) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      delivery
    }
  }
`);
