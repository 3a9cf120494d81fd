import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { notify } from '../common/notify';
import { CATEGORIES, DELIVERY_MODES, PRIORITIES, UNITS } from '../common/enums';
import { DayPicker } from '../common/DayPicker';
import { LanguagesSelect } from '../common/LanguagesSelect';
import { MemberStateSelect } from '../common/MemberStateSelect';
import { PageLoader } from '../common/PageLoader';
import { type ApiError, apiErrorOf } from '../graphql/errors';
import {
  type Category,
  type DeliveryMode,
  type Priority,
  type QuantityUnit,
} from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { CreateGapMutation, GapQuery, MissionsQuery, UpdateGapMutation } from './gaps.graphql';

interface GapFormValues {
  memberState: string | null;
  mission: string | null;
  category: Category | null;
  capability: string;
  title: string;
  description: string;
  quantity: number | string;
  unit: QuantityUnit;
  unitType: string;
  priority: Priority;
  languages: string[];
  neededFrom: string | null;
  neededBy: string | null;
  preferredDeliveryModes: DeliveryMode[];
  indicator: string;
  baseline: number | string;
  target: number | string;
  open: boolean;
}

const EMPTY: GapFormValues = {
  memberState: null,
  mission: null,
  category: null,
  capability: '',
  title: '',
  description: '',
  quantity: '',
  unit: 'TRAINEES',
  unitType: '',
  priority: 'MEDIUM',
  languages: [],
  neededFrom: null,
  neededBy: null,
  preferredDeliveryModes: [],
  indicator: '',
  baseline: '',
  target: '',
  open: true,
};

const numberOrUndefined = (value: number | string) =>
  value === '' || value === null ? undefined : Number(value);

/** The API's field paths (objective.indicator …) to this form's field names. */
function formFieldOf(path: string): string {
  return path.replace(/^objective\./, '');
}

/**
 * Logs or edits a gap (coordinators; the API refuses others). The values stay in the form
 * when a save fails; the API's refusals are shown at their fields.
 */
export function GapFormPage() {
  const { id } = useParams();
  const editing = Boolean(id);
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [saveError, setSaveError] = useState<ApiError>();
  const [existing] = useQuery({ query: GapQuery, variables: { id: id ?? '' }, pause: !id });
  const [missions] = useQuery({ query: MissionsQuery });
  const [created, createGap] = useMutation(CreateGapMutation);
  const [updated, updateGap] = useMutation(UpdateGapMutation);

  const required = (value: unknown) =>
    value === null || value === '' || (Array.isArray(value) && value.length === 0)
      ? t('form.required')
      : null;
  const form = useForm<GapFormValues>({
    initialValues: EMPTY,
    validate: {
      memberState: (value) => (editing ? null : required(value)),
      category: required,
      capability: (value) =>
        required(value) ??
        (/^[A-Z][A-Z0-9_]*$/.test(value) ? null : t('gaps.form.capabilityFormat')),
      title: required,
      quantity: (value) =>
        required(value) ?? (Number(value) >= 1 ? null : t('form.positiveInteger')),
      languages: required,
      neededFrom: required,
      neededBy: (value, values) =>
        required(value) ??
        (values.neededFrom && value && value < values.neededFrom
          ? t('gaps.form.windowOrder')
          : null),
    },
  });

  const gap = existing.data?.gap;
  useEffect(() => {
    if (!gap) return;
    const values: GapFormValues = {
      memberState: gap.memberStateIso3,
      mission: gap.missionCode ?? null,
      category: gap.category,
      capability: gap.capability,
      title: gap.title,
      description: gap.description,
      quantity: gap.quantity,
      unit: gap.unit,
      unitType: gap.unitType ?? '',
      priority: gap.priority,
      languages: gap.languages,
      neededFrom: gap.neededFrom,
      neededBy: gap.neededBy,
      preferredDeliveryModes: gap.preferredDeliveryModes,
      indicator: gap.objective.indicator ?? '',
      baseline: gap.objective.baseline ?? '',
      target: gap.objective.target ?? '',
      open: false,
    };
    form.setInitialValues(values);
    form.setValues(values);
    // Once per loaded gap: later edits are the user's.
  }, [gap?.id]);

  if (editing && existing.fetching && !gap) return <PageLoader />;

  const submit = form.onSubmit(async (values) => {
    setSaveError(undefined);
    const common = {
      mission: values.mission ?? undefined,
      category: values.category!,
      capability: values.capability.trim(),
      title: values.title.trim(),
      description: values.description,
      quantity: Number(values.quantity),
      unit: values.unit,
      unitType: values.unitType.trim() || undefined,
      priority: values.priority,
      languages: values.languages,
      neededFrom: values.neededFrom!,
      neededBy: values.neededBy!,
      preferredDeliveryModes: values.preferredDeliveryModes,
      objective: values.indicator.trim()
        ? {
            indicator: values.indicator.trim(),
            baseline: numberOrUndefined(values.baseline),
            target: numberOrUndefined(values.target),
          }
        : undefined,
    };
    const result = id
      ? await updateGap({ input: { id, ...common } })
      : await createGap({
          input: { ...common, memberState: values.memberState!, open: values.open },
        });
    const error = apiErrorOf(result.error);
    if (error) {
      setSaveError(error);
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([field, message]) => [
          formFieldOf(field),
          t('form.refused', { message }),
        ]),
      );
      form.setErrors(fields);
      return;
    }
    const savedId =
      result.data && 'createGap' in result.data ? result.data.createGap.id : (id as string);
    notify(t(id ? 'gaps.form.updated' : 'gaps.form.created'), 'teal');
    void navigate(`/gaps/${savedId}`);
  });

  const options = (values: readonly string[], enumName: string) =>
    values.map((value) => ({ value, label: format.enumLabel(enumName, value) }));

  return (
    <Stack maw={960}>
      <Title order={1}>{editing ? t('gaps.form.editTitle') : t('gaps.form.newTitle')}</Title>
      {saveError && <ApiErrorAlert error={saveError} context="save" />}
      <form onSubmit={submit} noValidate>
        <Stack>
          <Fieldset legend={t('gaps.form.who')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {editing ? (
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {t('gaps.field.memberState')}
                  </Text>
                  <Text>{gap?.memberState.name}</Text>
                </Stack>
              ) : (
                <MemberStateSelect
                  label={t('gaps.field.memberState')}
                  required
                  {...form.getInputProps('memberState')}
                />
              )}
              <Select
                label={t('gaps.field.mission')}
                data={(missions.data?.missions.edges ?? []).map(({ node }) => ({
                  value: node.code,
                  label: t(`mission.${node.code}`, { defaultValue: node.code }),
                }))}
                clearable
                searchable
                {...form.getInputProps('mission')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('gaps.form.what')}>
            <Stack>
              <TextInput label={t('gaps.field.title')} required {...form.getInputProps('title')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('gaps.field.category')}
                  data={options(CATEGORIES, 'Category')}
                  required
                  searchable
                  {...form.getInputProps('category')}
                />
                <TextInput
                  label={t('gaps.field.capability')}
                  description={t('gaps.form.capabilityHint')}
                  required
                  {...form.getInputProps('capability')}
                  onChange={(event) =>
                    form.setFieldValue('capability', event.currentTarget.value.toUpperCase())
                  }
                />
                <NumberInput
                  label={t('gaps.field.quantity')}
                  required
                  min={1}
                  allowDecimal={false}
                  {...form.getInputProps('quantity')}
                />
                <Select
                  label={t('gaps.field.unit')}
                  data={UNITS.map((value) => ({
                    value,
                    label: t(`enum.QuantityUnit.${value}`, { count: 2 }),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps('unit')}
                />
                <TextInput
                  label={t('gaps.field.unitType')}
                  description={t('gaps.form.unitTypeHint')}
                  {...form.getInputProps('unitType')}
                />
                <Select
                  label={t('gaps.field.priority')}
                  data={options(PRIORITIES, 'Priority')}
                  allowDeselect={false}
                  {...form.getInputProps('priority')}
                />
              </SimpleGrid>
              <Textarea
                label={t('gaps.field.description')}
                autosize
                minRows={3}
                {...form.getInputProps('description')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('gaps.form.when')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DayPicker
                label={t('gaps.field.neededFrom')}
                required
                {...form.getInputProps('neededFrom')}
              />
              <DayPicker
                label={t('gaps.field.neededBy')}
                required
                {...form.getInputProps('neededBy')}
              />
              <LanguagesSelect
                label={t('gaps.field.languages')}
                required
                {...form.getInputProps('languages')}
              />
              <MultiSelect
                searchable
                label={t('gaps.field.deliveryModes')}
                data={options(DELIVERY_MODES, 'DeliveryMode')}
                {...form.getInputProps('preferredDeliveryModes')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('gaps.page.objective')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('gaps.field.indicator')}
                description={t('gaps.form.indicatorHint')}
                {...form.getInputProps('indicator')}
              />
              <NumberInput label={t('gaps.field.baseline')} {...form.getInputProps('baseline')} />
              <NumberInput label={t('gaps.field.target')} {...form.getInputProps('target')} />
            </SimpleGrid>
          </Fieldset>
          {!editing && (
            <Checkbox
              label={t('gaps.form.openNow')}
              {...form.getInputProps('open', { type: 'checkbox' })}
            />
          )}
          <Group>
            <Button type="submit" loading={created.fetching || updated.fetching}>
              {editing ? t('common.save') : t('gaps.form.create')}
            </Button>
            <Button variant="default" onClick={() => void navigate(-1)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
