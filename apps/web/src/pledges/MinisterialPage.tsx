import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { Fact } from '../common/Fact';
import { RecordFallback } from '../common/RecordFallback';
import { useCountryName } from '../dashboard/map/country-name';
import { useFormat } from '../i18n/format';
import { FollowUpTable } from './FollowUpTable';
import { MinisterialReportQuery } from './pledges.graphql';
import { RequirementLineForm } from './RequirementLineForm';
import { RequirementLinesTable } from './RequirementLinesTable';
import { RequirementsReportTable } from './RequirementsReportTable';

/**
 * A Ministerial: its requirement list and, for the staff who read reports, pledged against
 * required (unfilled lines flagged) and the follow-up by state and status. Coordinators keep the
 * list here or import it.
 */
export function MinisterialPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const countryName = useCountryName();
  const reports = can.seePledgeReports(user);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MinisterialReportQuery,
    variables: { id, filter: { ministerial: [id] }, reports },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const ministerial = data?.ministerial;
  if (error || !ministerial) {
    return (
      <RecordFallback
        error={error}
        loading={!data && fetching}
        notFoundTitle={t('pledges.ministerial.notFoundTitle')}
        notFound={t('pledges.ministerial.notFound')}
      />
    );
  }
  const report = data.pledgeRequirementsReport?.find(
    (candidate) => candidate.ministerial.id === ministerial.id,
  );
  const keep = can.keepRequirementLists(user);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>
          {t('pledges.ministerial.fullName', {
            year: ministerial.heldOn.slice(0, 4),
            city: ministerial.city,
          })}
        </Title>
        <Group gap="sm">
          <Button variant="default" component={Link} to={`/pledges?ministerial=${ministerial.id}`}>
            {t('pledges.ministerial.seePledges')}
          </Button>
          {can.recordPledges(user) && (
            <Button component={Link} to={`/pledges/new?ministerial=${ministerial.id}`}>
              {t('pledges.register.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Card withBorder data-testid="ministerial-facts">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('pledges.ministerial.city')}>{ministerial.city}</Fact>
          <Fact label={t('pledges.ministerial.host')}>
            {ministerial.hostCountryIso3 ? countryName(ministerial.hostCountryIso3) : '—'}
          </Fact>
          <Fact label={t('pledges.ministerial.dates')}>
            {format.date(ministerial.heldOn)} – {format.date(ministerial.endsOn)}
          </Fact>
          <Fact label={t('pledges.ministerial.code')}>{ministerial.code}</Fact>
        </SimpleGrid>
      </Card>

      {report && (
        <Stack component="section" aria-labelledby="requirements-title" gap="xs">
          <Title order={2} size="h3" id="requirements-title">
            {t('pledges.report.requirementsTitle')}
          </Title>
          <Text size="sm" data-testid="requirements-summary">
            {t('pledges.report.summary', {
              lines: format.number(report.requirementLines),
              unfilled: format.number(report.unfilledLines),
              pledges: format.number(report.pledges),
            })}
          </Text>
          <RequirementsReportTable report={report} />
        </Stack>
      )}
      {data.pledgeFollowUpReport && (
        <Stack component="section" aria-labelledby="follow-up-title" gap="xs">
          <Title order={2} size="h3" id="follow-up-title">
            {t('pledges.followUp.title')}
          </Title>
          <FollowUpTable report={data.pledgeFollowUpReport} />
        </Stack>
      )}

      <Stack component="section" aria-labelledby="lines-title" gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3" id="lines-title">
            {t('pledges.requirements.title')}
          </Title>
          {keep && (
            <Button variant="default" component={Link} to="/import?kind=requirements">
              {t('pledges.requirements.import')}
            </Button>
          )}
        </Group>
        <RequirementLinesTable
          lines={ministerial.requirements}
          canRemove={keep}
          onRemoved={reload}
        />
        {keep && (
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              {t('pledges.requirements.addTitle')}
            </Title>
            <RequirementLineForm ministerialId={ministerial.id} onAdded={reload} />
          </Card>
        )}
      </Stack>
    </Stack>
  );
}
