import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { CommentThread } from '../comments/CommentThread';
import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { Fact } from '../common/Fact';
import { DayPicker } from '../common/DayPicker';
import { STATUS_COLOURS } from '../common/enums';
import { notify } from '../common/notify';
import { RecordFallback } from '../common/RecordFallback';
import { SectionCard } from '../common/SectionCard';
import { useValidators } from '../common/use-validators';
import { type ApiError, apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import {
  AddMilestoneMutation,
  CompleteMilestoneMutation,
  PartnershipQuery,
  RecordDeliveryMutation,
  RecordIndicatorMutation,
} from './partnerships.graphql';

const today = () => new Date().toISOString().slice(0, 10);

/** Field errors of a refused follow-up, by this page's field names. */
function fieldErrors(error: ApiError, refused: (message: string) => string) {
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => [field, refused(message)]),
  );
}

/**
 * One partnership: its milestones, deliveries and the gap's indicator measured after delivery.
 * Its two parties and coordinators record the follow-up (the API checks who); others read it.
 */
export function PartnershipPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PartnershipQuery,
    variables: { id },
  });
  const [adding, addMilestone] = useMutation(AddMilestoneMutation);
  const [completing, completeMilestone] = useMutation(CompleteMilestoneMutation);
  const [delivering, recordDelivery] = useMutation(RecordDeliveryMutation);
  const [measuring, recordIndicator] = useMutation(RecordIndicatorMutation);
  const [actionError, setActionError] = useState<ApiError>();

  const { required, requiredCount } = useValidators();
  const milestoneForm = useForm({
    initialValues: { title: '', dueOn: null as string | null },
    validate: { title: required, dueOn: required },
  });
  const deliveryForm = useForm({
    initialValues: { quantity: '' as number | string },
    validate: {
      quantity: requiredCount,
    },
  });
  const indicatorForm = useForm({
    initialValues: { value: '' as number | string, measuredOn: today() as string | null },
    validate: { value: required, measuredOn: required },
  });

  const partnership = data?.partnership;
  if (error || !partnership) {
    return (
      <RecordFallback
        error={error}
        loading={!data && fetching}
        notFoundTitle={t('partnerships.page.notFoundTitle')}
        notFound={t('partnerships.page.notFound')}
      />
    );
  }
  const followUp = can.followUpPartnerships(user);
  const unit = (count: number) => t(`enum.QuantityUnit.${partnership.gap.unit}`, { count });
  const left = partnership.quantity - partnership.deliveredQuantity;
  const objective = partnership.gap.objective;

  /** Runs a follow-up mutation; on refusal keeps the form's values and shows the errors. */
  async function save(
    run: () => Promise<{ error?: Parameters<typeof apiErrorOf>[0] }>,
    form: { setErrors: (errors: Record<string, string>) => void; reset: () => void },
    done: string,
  ) {
    setActionError(undefined);
    const result = await run();
    const refused = apiErrorOf(result.error);
    if (refused) {
      setActionError(refused);
      form.setErrors(fieldErrors(refused, (message) => t('form.refused', { message })));
      return;
    }
    form.reset();
    notify(t(done), 'teal');
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('partnerships.label')}
        </Text>
        <Group gap="sm">
          <Title order={1}>{partnership.gap.title}</Title>
          <Badge color={STATUS_COLOURS[partnership.status]} variant="outline">
            {format.enumLabel('PartnershipStatus', partnership.status)}
          </Badge>
        </Group>
      </Stack>
      {actionError && <ApiErrorAlert error={actionError} context="save" />}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('partnerships.field.gap')}>
            <Anchor component={Link} to={`/gaps/${partnership.gap.id}`}>
              {partnership.gap.title}
            </Anchor>
          </Fact>
          <Fact label={t('gaps.field.memberState')}>{partnership.gap.memberState.name}</Fact>
          <Fact label={t('partnerships.field.offer')}>
            {user.role === 'TPCC' ? (
              partnership.offer.title
            ) : (
              <Anchor component={Link} to={`/offers/${partnership.offer.id}`}>
                {partnership.offer.title}
              </Anchor>
            )}
          </Fact>
          <Fact label={t('offers.field.donor')}>{partnership.offer.donor.name}</Fact>
        </SimpleGrid>
      </Card>

      <SectionCard headingId="deliveries" title={t('partnerships.page.deliveries')}>
        <Text mt="sm" data-testid="delivered">
          {t('partnerships.page.deliveredOf', {
            delivered: format.number(partnership.deliveredQuantity),
            quantity: format.number(partnership.quantity),
            unit: unit(partnership.quantity),
          })}
        </Text>
        <Progress
          mt={4}
          value={(100 * partnership.deliveredQuantity) / Math.max(partnership.quantity, 1)}
          aria-label={t('partnerships.field.delivery')}
        />
        {followUp && left > 0 && (
          <form
            noValidate
            onSubmit={deliveryForm.onSubmit((values) =>
              save(
                () =>
                  recordDelivery({
                    input: { partnershipId: partnership.id, quantity: Number(values.quantity) },
                  }),
                deliveryForm,
                'partnerships.page.deliveryRecorded',
              ),
            )}
          >
            <Group mt="md" align="flex-start">
              <NumberInput
                label={t('partnerships.page.deliveredNow')}
                description={t('partnerships.page.deliveredNowHint', {
                  left: format.number(left),
                })}
                min={1}
                allowDecimal={false}
                {...deliveryForm.getInputProps('quantity')}
              />
              <Button type="submit" mt={44} loading={delivering.fetching}>
                {t('partnerships.page.recordDelivery')}
              </Button>
            </Group>
          </form>
        )}
      </SectionCard>

      <SectionCard headingId="milestones" title={t('partnerships.page.milestones')}>
        {partnership.milestones.length === 0 ? (
          <Text c="dimmed" mt="sm">
            {t('partnerships.page.noMilestones')}
          </Text>
        ) : (
          <Table mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partnerships.field.milestone')}</Table.Th>
                <Table.Th>{t('partnerships.field.dueOn')}</Table.Th>
                <Table.Th>{t('partnerships.field.achievedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partnership.milestones.map((milestone) => (
                <Table.Tr key={milestone.id} data-testid="milestone">
                  <Table.Td>{milestone.title}</Table.Td>
                  <Table.Td>{format.date(milestone.dueOn)}</Table.Td>
                  <Table.Td>
                    {milestone.achievedOn ? (
                      format.date(milestone.achievedOn)
                    ) : followUp ? (
                      <Button
                        size="xs"
                        variant="light"
                        loading={completing.fetching}
                        aria-label={t('partnerships.page.markAchievedOf', {
                          title: milestone.title,
                        })}
                        onClick={async () => {
                          setActionError(undefined);
                          const result = await completeMilestone({
                            input: { id: milestone.id, achievedOn: today() },
                          });
                          const refused = apiErrorOf(result.error);
                          if (refused) setActionError(refused);
                          else refetch({ requestPolicy: 'network-only' });
                        }}
                      >
                        {t('partnerships.page.markAchieved')}
                      </Button>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {followUp && (
          <form
            noValidate
            onSubmit={milestoneForm.onSubmit((values) =>
              save(
                () =>
                  addMilestone({
                    input: {
                      partnershipId: partnership.id,
                      title: values.title.trim(),
                      dueOn: values.dueOn!,
                    },
                  }),
                milestoneForm,
                'partnerships.page.milestoneAdded',
              ),
            )}
          >
            <Group mt="md" align="flex-start">
              <TextInput
                label={t('partnerships.field.milestone')}
                required
                miw={280}
                {...milestoneForm.getInputProps('title')}
              />
              <DayPicker
                label={t('partnerships.field.dueOn')}
                required
                miw={200}
                {...milestoneForm.getInputProps('dueOn')}
              />
              <Button type="submit" mt={25} loading={adding.fetching}>
                {t('partnerships.page.addMilestone')}
              </Button>
            </Group>
          </form>
        )}
      </SectionCard>

      <SectionCard headingId="indicator" title={t('partnerships.page.indicator')}>
        {objective.indicator ? (
          <SimpleGrid cols={{ base: 1, sm: 4 }} mt="sm">
            <Fact label={t('gaps.field.indicator')}>{objective.indicator}</Fact>
            <Fact label={t('gaps.field.baseline')}>{format.number(objective.baseline)}</Fact>
            <Fact label={t('gaps.field.target')}>{format.number(objective.target)}</Fact>
            <Fact label={t('partnerships.field.after')}>
              <span data-testid="indicator-after">{format.number(partnership.indicatorAfter)}</span>
              {partnership.indicatorMeasuredOn &&
                ` (${format.date(partnership.indicatorMeasuredOn)})`}
            </Fact>
          </SimpleGrid>
        ) : (
          <Text c="dimmed" mt="sm">
            {t('gaps.page.noObjective')}
          </Text>
        )}
        {followUp && objective.indicator && (
          <form
            noValidate
            onSubmit={indicatorForm.onSubmit((values) =>
              save(
                () =>
                  recordIndicator({
                    input: {
                      partnershipId: partnership.id,
                      value: Number(values.value),
                      measuredOn: values.measuredOn!,
                    },
                  }),
                indicatorForm,
                'partnerships.page.indicatorRecorded',
              ),
            )}
          >
            <Group mt="md" align="flex-start">
              <NumberInput
                label={t('partnerships.page.measuredValue')}
                required
                {...indicatorForm.getInputProps('value')}
              />
              <DayPicker
                label={t('partnerships.field.measuredOn')}
                required
                miw={200}
                {...indicatorForm.getInputProps('measuredOn')}
              />
              <Button type="submit" mt={25} loading={measuring.fetching}>
                {t('partnerships.page.recordIndicator')}
              </Button>
            </Group>
          </form>
        )}
      </SectionCard>

      <CommentThread subject={{ partnershipId: partnership.id }} headingId="partnership-comments" />
    </Stack>
  );
}
