import { Button, Group, Text } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';

import { apiErrorOf } from '../graphql/errors';
import { ApiErrorAlert } from './ApiErrorAlert';
import { PageLoader } from './PageLoader';

/** Where the list is: the cursor it starts after (none on the first page), and how to move. */
export interface Paging {
  after: string | undefined;
  goTo: (after: string | undefined) => void;
}

interface Connection {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * One page of a register or list read from a Relay connection: the API's refusal or a loader
 * until it is there, then how many there are (a live region), the rows, a line when there are
 * none, and the buttons to the first and the next page.
 */
export function PagedList<List extends Connection>({
  query: { fetching, error },
  list,
  count,
  countTestId,
  empty,
  paging,
  children,
}: {
  /** The list query's state. */
  query: { fetching: boolean; error?: CombinedError };
  list: List | undefined;
  count: (list: List) => string;
  countTestId?: string;
  empty: string;
  paging: Paging;
  children: (list: List) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
      {!list && fetching && <PageLoader />}
      {list && (
        <>
          <Text size="sm" c="dimmed" role="status" data-testid={countTestId}>
            {count(list)}
          </Text>
          {children(list)}
          {list.edges.length === 0 && <Text>{empty}</Text>}
          <Group>
            <Button
              variant="default"
              disabled={!paging.after}
              onClick={() => paging.goTo(undefined)}
            >
              {t('list.firstPage')}
            </Button>
            <Button
              variant="default"
              disabled={!list.pageInfo.hasNextPage}
              onClick={() => paging.goTo(list.pageInfo.endCursor ?? undefined)}
            >
              {t('list.nextPage')}
            </Button>
          </Group>
        </>
      )}
    </>
  );
}
