import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';

import { DataTable } from '../common/DataTable';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { CategorySelect } from '../common/CategorySelect';
import { DayPicker } from '../common/DayPicker';
import { DeliveryModesSelect } from '../common/DeliveryModesSelect';
import { LanguagesSelect } from '../common/LanguagesSelect';
import { MemberStateSelect } from '../common/MemberStateSelect';
import { refusalsAtFields } from '../common/refusals-at-fields';
import { SectionCard } from '../common/SectionCard';
import { UnitSelect } from '../common/UnitSelect';
import { useValidators } from '../common/use-validators';
import { type ApiError, apiErrorOf } from '../graphql/errors';
import {
  type Category,
  type DeliveryMode,
  type QuantityUnit,
  type WhatIfInput,
  type WhatIfQuery as WhatIfResult,
} from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { GapTitleQuery, OfferTitleQuery, WhatIfQuery } from './runs.graphql';
import { NO_WEIGHTS, type WeightValues, weightsInput } from './weights';
import { WeightsFields } from './WeightsFields';

interface WhatIfValues {
  weights: WeightValues;
  withOffer: boolean;
  offer: {
    donor: string | null;
    title: string;
    category: Category | null;
    capabilities: string[];
    capacity: number | string;
    unit: QuantityUnit;
    languages: string[];
    deliveryModes: DeliveryMode[];
    eligible: string[];
    availableFrom: string | null;
    availableTo: string | null;
  };
}

type Result = WhatIfResult['whatIf'];

interface Change {
  gapId: string;
  offerId: string;
  hypothetical: boolean;
  before: number;
  after: number;
}

/** Allocations that differ between the two results, biggest change first. */
function changesBetween(before: Result, after: Result): Change[] {
  const key = (gapId: string, offerId: string) => `${gapId} ${offerId}`;
  const rows = new Map<string, Change>();
  for (const a of before.allocations) {
    rows.set(key(a.gapId, a.offerId), { ...a, before: a.quantity, after: 0 });
  }
  for (const a of after.allocations) {
    const row = rows.get(key(a.gapId, a.offerId));
    if (row) row.after = a.quantity;
    else rows.set(key(a.gapId, a.offerId), { ...a, before: 0, after: a.quantity });
  }
  return [...rows.values()]
    .filter((row) => row.before !== row.after)
    .sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before));
}

function GapTitle({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: GapTitleQuery, variables: { id } });
  return (
    <Anchor component={Link} to={`/gaps/${id}`}>
      {data?.gap ? [data.gap.title, ' · ', data.gap.memberState.name] : '…'}
    </Anchor>
  );
}

function OfferTitle({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: OfferTitleQuery, variables: { id } });
  return <>{data?.offer ? [data.offer.title, ' · ', data.offer.donor.name] : '…'}</>;
}

const SHOWN = 50;

/**
 * What if: the engine on changed weights and/or a hypothetical offer, against the open gaps and
 * offers as they are, compared with the engine on today's defaults. Nothing is written.
 */
export function WhatIfPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const [results, setResults] = useState<{ before: Result; after: Result }>();
  const { required, requiredCount } = useValidators();
  const form = useForm<WhatIfValues>({
    initialValues: {
      weights: NO_WEIGHTS,
      withOffer: false,
      offer: {
        donor: null,
        title: '',
        category: null,
        capabilities: [],
        capacity: '',
        unit: 'TRAINEES',
        languages: [],
        deliveryModes: [],
        eligible: [],
        availableFrom: null,
        availableTo: null,
      },
    },
    validate: {
      offer: {
        donor: (value, values) => (values.withOffer ? required(value) : null),
        title: (value, values) => (values.withOffer ? required(value) : null),
        category: (value, values) => (values.withOffer ? required(value) : null),
        capacity: (value, values) => (values.withOffer ? requiredCount(value) : null),
        languages: (value, values) => (values.withOffer ? required(value) : null),
        availableFrom: (value, values) => (values.withOffer ? required(value) : null),
        availableTo: (value, values) => (values.withOffer ? required(value) : null),
      },
    },
  });

  const run = form.onSubmit(async (values) => {
    setFailure(undefined);
    setRunning(true);
    const weights = weightsInput(values.weights);
    const offer = values.offer;
    const input: WhatIfInput = {
      ...(weights ? { weights } : {}),
      ...(values.withOffer
        ? {
            offers: [
              {
                donor: offer.donor!,
                title: offer.title.trim(),
                category: offer.category!,
                capabilities: offer.capabilities.map((code) => code.trim().toUpperCase()),
                capacity: Number(offer.capacity),
                unit: offer.unit,
                languages: offer.languages,
                deliveryModes: offer.deliveryModes,
                eligible: offer.eligible.map((code) => code.trim().toUpperCase()),
                availableFrom: offer.availableFrom!,
                availableTo: offer.availableTo!,
              },
            ],
          }
        : {}),
    };
    const [before, after] = await Promise.all([
      client.query(WhatIfQuery, { input: {} }, { requestPolicy: 'network-only' }).toPromise(),
      client.query(WhatIfQuery, { input }, { requestPolicy: 'network-only' }).toPromise(),
    ]);
    setRunning(false);
    const refused = apiErrorOf(after.error ?? before.error);
    if (refused || !before.data || !after.data) {
      setFailure(refused);
      if (refused) {
        form.setErrors(
          refusalsAtFields(refused, t, (field) => field.replace(/^offers\.0\./, 'offer.')),
        );
      }
      return;
    }
    setResults({ before: before.data.whatIf, after: after.data.whatIf });
  });

  const changes = results ? changesBetween(results.before, results.after) : [];

  return (
    <Stack>
      <Title order={1}>{t('whatIf.title')}</Title>
      <Text c="dimmed">{t('whatIf.intro')}</Text>
      <form onSubmit={run} noValidate>
        <Stack>
          <SectionCard
            headingId="what-if-weights"
            title={t('runs.weights.title')}
            size="h4"
            headingGap="sm"
          >
            <WeightsFields form={form} />
          </SectionCard>
          <SectionCard
            headingId="what-if-offer"
            title={t('whatIf.offer.title')}
            size="h4"
            headingGap="sm"
          >
            <Checkbox
              label={t('whatIf.offer.add')}
              {...form.getInputProps('withOffer', { type: 'checkbox' })}
            />
            {form.values.withOffer && (
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="md">
                <MemberStateSelect
                  label={t('offers.field.donor')}
                  required
                  {...form.getInputProps('offer.donor')}
                />
                <TextInput
                  label={t('offers.field.title')}
                  required
                  {...form.getInputProps('offer.title')}
                />
                <CategorySelect
                  label={t('gaps.field.category')}
                  required
                  {...form.getInputProps('offer.category')}
                />
                <TagsInput
                  label={t('offers.field.capabilities')}
                  description={t('offers.form.capabilitiesHint')}
                  {...form.getInputProps('offer.capabilities')}
                />
                <NumberInput
                  label={t('offers.field.capacity')}
                  required
                  min={1}
                  allowDecimal={false}
                  {...form.getInputProps('offer.capacity')}
                />
                <UnitSelect
                  label={t('gaps.field.unit')}
                  allowDeselect={false}
                  {...form.getInputProps('offer.unit')}
                />
                <LanguagesSelect
                  label={t('offers.field.languages')}
                  required
                  {...form.getInputProps('offer.languages')}
                />
                <DeliveryModesSelect {...form.getInputProps('offer.deliveryModes')} />
                <TagsInput
                  label={t('offers.field.eligible')}
                  description={t('offers.form.eligibleHint')}
                  {...form.getInputProps('offer.eligible')}
                />
                <DayPicker
                  label={t('offers.field.availableFrom')}
                  required
                  {...form.getInputProps('offer.availableFrom')}
                />
                <DayPicker
                  label={t('offers.field.availableTo')}
                  required
                  {...form.getInputProps('offer.availableTo')}
                />
              </SimpleGrid>
            )}
          </SectionCard>
          <Group>
            <Button type="submit" loading={running}>
              {t('whatIf.submit')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('whatIf.nothingWritten')}
            </Text>
          </Group>
        </Stack>
      </form>
      {failure && <ApiErrorAlert error={failure} context="save" />}
      {results && (
        <Stack component="section" aria-labelledby="what-if-result">
          <Title order={2} size="h3" id="what-if-result">
            {t('whatIf.result.title')}
          </Title>
          <Table maw={720} data-testid="what-if-summary">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th ta="right">{t('whatIf.result.today')}</Table.Th>
                <Table.Th ta="right">{t('whatIf.result.scenario')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(
                [
                  ['coverage', (r: Result) => format.percent(r.coverage)],
                  [
                    'covered',
                    (r: Result) =>
                      t('runs.stats.coveredOf', {
                        covered: format.number(r.covered),
                        demand: format.number(r.demand),
                      }),
                  ],
                  ['allocations', (r: Result) => format.number(r.allocations.length)],
                  ['unmet', (r: Result) => format.number(r.unmet.length)],
                  ['offers', (r: Result) => format.number(r.offers)],
                  [
                    'objective',
                    (r: Result) =>
                      new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(
                        r.objective,
                      ),
                  ],
                ] as const
              ).map(([name, show]) => (
                <Table.Tr key={name}>
                  <Table.Th scope="row">{t(`whatIf.result.${name}`)}</Table.Th>
                  <Table.Td ta="right">{show(results.before)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {show(results.after)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={3} size="h4">
            {t('whatIf.result.changes', { count: changes.length })}
          </Title>
          {changes.length === 0 ? (
            <Text c="dimmed">{t('whatIf.result.noChange')}</Text>
          ) : (
            <DataTable
              minWidth={800}
              data-testid="what-if-changes"
              columns={[
                t('partnerships.field.gap'),
                t('partnerships.field.offer'),
                { label: t('whatIf.result.today'), right: true },
                { label: t('whatIf.result.scenario'), right: true },
              ]}
            >
              {changes.slice(0, SHOWN).map((change) => (
                <Table.Tr key={`${change.gapId} ${change.offerId}`}>
                  <Table.Td>
                    <GapTitle id={change.gapId} />
                  </Table.Td>
                  <Table.Td>
                    {change.hypothetical ? (
                      <Badge variant="light" tt="none">
                        {t('whatIf.offer.hypothetical')}
                      </Badge>
                    ) : (
                      <OfferTitle id={change.offerId} />
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(change.before)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {format.number(change.after)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          {changes.length > SHOWN && (
            <Text size="sm" c="dimmed">
              {t('whatIf.result.more', { count: changes.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
