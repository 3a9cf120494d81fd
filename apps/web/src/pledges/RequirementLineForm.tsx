import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { refusalsAtFields } from '../common/refusals-at-fields';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { CATEGORIES, UNITS } from '../common/enums';
import { notify } from '../common/notify';
import { MissionsQuery } from '../gaps/gaps.graphql';
import { apiErrorOf } from '../graphql/errors';
import { type Category, type QuantityUnit } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { AddRequirementMutation } from './pledges.graphql';

interface LineValues {
  category: Category | null;
  capability: string;
  mission: string | null;
  quantity: number | string;
  unit: QuantityUnit | null;
  description: string;
}

/** A coordinator adds a line to a Ministerial's requirement list (the "shopping list"). */
export function RequirementLineForm({
  ministerialId,
  onAdded,
}: {
  ministerialId: string;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [missions] = useQuery({ query: MissionsQuery });
  const [adding, add] = useMutation(AddRequirementMutation);
  const required = (value: unknown) => (value === null || value === '' ? t('form.required') : null);
  const form = useForm<LineValues>({
    initialValues: {
      category: null,
      capability: '',
      mission: null,
      quantity: '',
      unit: null,
      description: '',
    },
    validate: {
      category: required,
      capability: required,
      quantity: (value) =>
        required(value) ??
        (Number.isInteger(Number(value)) && Number(value) >= 1 ? null : t('form.positiveInteger')),
      unit: required,
    },
  });
  const error = apiErrorOf(adding.error);
  const submit = form.onSubmit(async (values) => {
    const result = await add({
      input: {
        ministerialId,
        category: values.category!,
        capability: values.capability.trim(),
        mission: values.mission,
        quantity: Number(values.quantity),
        unit: values.unit!,
        description: values.description.trim(),
      },
    });
    const refused = apiErrorOf(result.error);
    if (refused) {
      form.setErrors(refusalsAtFields(refused, t, (field) => field));
      return;
    }
    form.reset();
    notify(t('pledges.requirements.added'), 'teal');
    onAdded();
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('pledges.requirements.addTitle')}>
      <Stack>
        {error && <ApiErrorAlert error={error} context="save" />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('pledges.field.category')}
            required
            searchable
            data={CATEGORIES.map((value) => ({
              value,
              label: format.enumLabel('Category', value),
            }))}
            {...form.getInputProps('category')}
          />
          <TextInput
            label={t('pledges.field.capability')}
            description={t('pledges.requirements.capabilityHint')}
            required
            {...form.getInputProps('capability')}
            onChange={(event) =>
              form.setFieldValue('capability', event.currentTarget.value.toUpperCase())
            }
          />
          <Select
            label={t('pledges.requirements.mission')}
            description={t('pledges.requirements.missionHint')}
            clearable
            data={(missions.data?.missions.edges ?? []).map(({ node }) => ({
              value: node.code,
              label: t(`mission.${node.code}`, { defaultValue: node.code }),
            }))}
            {...form.getInputProps('mission')}
          />
          <NumberInput
            label={t('pledges.field.quantity')}
            required
            min={1}
            allowDecimal={false}
            {...form.getInputProps('quantity')}
          />
          <Select
            label={t('pledges.field.unit')}
            required
            data={UNITS.map((unit) => ({
              value: unit,
              label: t(`enum.QuantityUnit.${unit}`, { count: 2 }),
            }))}
            {...form.getInputProps('unit')}
          />
          <TextInput
            label={t('pledges.requirements.description')}
            {...form.getInputProps('description')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={adding.fetching}>
            {t('pledges.requirements.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
