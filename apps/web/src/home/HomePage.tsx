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
    openGaps: gaps(
      first: 5
      filter: { status: [OPEN, PARTIALLY_MATCHED], withoutProposal: true }
      orderBy: { field: NEEDED_BY }
    ) {
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

/** Active partnerships' milestones, to list those not achieved and due within 30 days. */
const MilestonesQuery = graphql(`
  query HomeMilestones {
    partnerships(first: 100, filter: { status: [ACTIVE] }) {
      edges {
        node {
          id
          gap {
            id
            title
          }
          milestones {
            id
            title
            dueOn
            achievedOn
          }
        }
      }
    }
  }
`);

const DUE_WITHIN_DAYS = 30;

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
  const [partnerships] = useQuery({
    query: MilestonesQuery,
    pause: !can.followUpPartnerships(user),
  });
  const horizon = new Date(Date.now() + DUE_WITHIN_DAYS * 86_400_000).toISOString().slice(0, 10);
  const due = (partnerships.data?.partnerships.edges ?? [])
    .flatMap(({ node }) =>
      node.milestones
        .filter((milestone) => !milestone.achievedOn && milestone.dueOn <= horizon)
        .map((milestone) => ({ ...milestone, partnershipId: node.id, gap: node.gap.title })),
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  return (
    <Stack>
      <Title order={1}>{t('home.title')}</Title>
      <Text c="dimmed">{t(`home.intro.${user.role}`)}</Text>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }}>
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
            <Text fz={28} fw={700} data-testid="without-proposal-count">
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
        {can.followUpPartnerships(user) && (
          <Card withBorder>
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('home.milestonesDue')}
              </Title>
              <Text fz={28} fw={700} data-testid="milestones-due-count">
                {partnerships.data ? format.number(due.length) : '—'}
              </Text>
            </Group>
            <Stack gap={4} mt="sm">
              {due.slice(0, 5).map((milestone) => (
                <Anchor
                  component={Link}
                  to={`/partnerships/${milestone.partnershipId}`}
                  key={milestone.id}
                  size="sm"
                >
                  {milestone.title} · {milestone.gap} ·{' '}
                  {t('home.dueOn', { date: format.date(milestone.dueOn) })}
                </Anchor>
              ))}
              <Anchor component={Link} to="/partnerships" size="sm" fw={600}>
                {t('home.allPartnerships')}
              </Anchor>
            </Stack>
          </Card>
        )}
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
