import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { graphql } from '../graphql/generated';
import { useFormat } from '../i18n/format';

const HomeQuery = graphql(`
  query Home {
    toAnswer: proposals(first: 5, filter: { status: [PROPOSED, ACCEPTED] }) {
      totalCount
      edges {
        node {
          id
          quantity
          gap {
            id
            title
          }
          offer {
            id
            donor {
              iso3
              name
            }
          }
        }
      }
    }
    openGaps: gaps(first: 5, filter: { status: [OPEN] }, orderBy: { field: NEEDED_BY }) {
      totalCount
      edges {
        node {
          id
          title
          neededBy
        }
      }
    }
  }
`);

const FailedRunsQuery = graphql(`
  query FailedRuns {
    matchRuns(first: 5, status: [FAILED]) {
      totalCount
      edges {
        node {
          id
          createdAt
        }
      }
    }
  }
`);

/** "What needs me": counts and short lists of what waits for this user. */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [{ data }] = useQuery({ query: HomeQuery });
  const [runs] = useQuery({ query: FailedRunsQuery, pause: !can.seeRuns(user) });

  return (
    <Stack>
      <Title order={1}>{t('home.title')}</Title>
      <Text c="dimmed">{t(`home.intro.${user.role}`)}</Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {can.answerProposals(user) && (
          <Card withBorder>
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('home.toAnswer')}
              </Title>
              <Text fz={28} fw={700} data-testid="to-answer-count">
                {format.number(data?.toAnswer.totalCount)}
              </Text>
            </Group>
            <Stack gap={4} mt="sm">
              {data?.toAnswer.edges.map(({ node }) => (
                <Anchor component={Link} to={`/gaps/${node.gap.id}`} key={node.id} size="sm">
                  {node.gap.title} · {node.offer.donor.name}
                </Anchor>
              ))}
              <Anchor component={Link} to="/proposals" size="sm" fw={600}>
                {t('home.allProposals')}
              </Anchor>
            </Stack>
          </Card>
        )}
        <Card withBorder>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('home.openGaps')}
            </Title>
            <Text fz={28} fw={700}>
              {format.number(data?.openGaps.totalCount)}
            </Text>
          </Group>
          <Stack gap={4} mt="sm">
            {data?.openGaps.edges.map(({ node }) => (
              <Anchor component={Link} to={`/gaps/${node.id}`} key={node.id} size="sm">
                {node.title} · {t('home.neededBy', { date: format.date(node.neededBy) })}
              </Anchor>
            ))}
            <Anchor component={Link} to="/gaps?status=OPEN&sort=NEEDED_BY" size="sm" fw={600}>
              {t('home.allGaps')}
            </Anchor>
          </Stack>
        </Card>
        {can.seeRuns(user) && (
          <Card withBorder>
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('home.failedRuns')}
              </Title>
              <Text fz={28} fw={700}>
                {format.number(runs.data?.matchRuns.totalCount)}
              </Text>
            </Group>
            <Stack gap={4} mt="sm">
              {runs.data?.matchRuns.edges.map(({ node }) => (
                <Text size="sm" key={node.id}>
                  {format.dateTime(node.createdAt)}
                </Text>
              ))}
            </Stack>
          </Card>
        )}
      </SimpleGrid>
    </Stack>
  );
}
