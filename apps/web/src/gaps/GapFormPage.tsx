import {
  Checkbox,
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { CategorySelect } from '../common/CategorySelect';
import { notify } from '../common/notify';
import { PRIORITIES } from '../common/enums';
import { FormPage } from '../common/FormPage';
import { MemberStateSelect } from '../common/MemberStateSelect';
import { PageLoader } from '../common/PageLoader';
import { ReadOnlyField } from '../common/ReadOnlyField';
import { UnitSelect } from '../common/UnitSelect';
import { useEnumOptions } from '../common/use-enum-options';
import { useFormSave } from '../common/use-form-save';
import { useLoadedValues } from '../common/use-loaded-values';
import { useValidators } from '../common/use-validators';
import { WhenFieldset } from '../common/WhenFieldset';
import {
  type Category,
  type DeliveryMode,
  type Priority,
  type QuantityUnit,
} from '../graphql/generated/graphql';
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
  const options = useEnumOptions();
  const navigate = useNavigate();
  const [existing] = useQuery({ query: GapQuery, variables: { id: id ?? '' }, pause: !id });
  const [missions] = useQuery({ query: MissionsQuery });
  const [created, createGap] = useMutation(CreateGapMutation);
  const [updated, updateGap] = useMutation(UpdateGapMutation);

  const { required, requiredCount, windowEnd } = useValidators();
  const form = useForm<GapFormValues>({
    initialValues: EMPTY,
    validate: {
      memberState: (value) => (editing ? null : required(value)),
      category: required,
      capability: (value) =>
        required(value) ??
        (/^[A-Z][A-Z0-9_]*$/.test(value) ? null : t('gaps.form.capabilityFormat')),
      title: required,
      quantity: requiredCount,
      languages: required,
      neededFrom: required,
      neededBy: (value, values) => windowEnd(value, values.neededFrom, t('gaps.form.windowOrder')),
    },
  });

  const { saveError, save } = useFormSave(form, formFieldOf);

  const gap = existing.data?.gap;
  useLoadedValues(form, gap, (gap) => ({
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
  }));

  if (editing && existing.fetching && !gap) return <PageLoader />;

  const submit = form.onSubmit(async (values) => {
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
    await save(
      async () =>
        id
          ? await updateGap({ input: { id, ...common } })
          : await createGap({
              input: { ...common, memberState: values.memberState!, open: values.open },
            }),
      (data) => {
        const savedId = 'createGap' in data ? data.createGap.id : (id as string);
        notify(t(id ? 'gaps.form.updated' : 'gaps.form.created'), 'teal');
        void navigate(`/gaps/${savedId}`);
      },
    );
  });

  return (
    <FormPage
      title={editing ? t('gaps.form.editTitle') : t('gaps.form.newTitle')}
      saveError={saveError}
      onSubmit={submit}
      submitLabel={editing ? t('common.save') : t('gaps.form.create')}
      saving={created.fetching || updated.fetching}
    >
      <Fieldset legend={t('gaps.form.who')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {editing ? (
            <ReadOnlyField label={t('gaps.field.memberState')}>
              {gap?.memberState.name}
            </ReadOnlyField>
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
            <CategorySelect
              label={t('gaps.field.category')}
              required
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
            <UnitSelect
              label={t('gaps.field.unit')}
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
      <WhenFieldset
        labels={{
          from: t('gaps.field.neededFrom'),
          to: t('gaps.field.neededBy'),
          languages: t('gaps.field.languages'),
        }}
        inputs={{
          from: form.getInputProps('neededFrom'),
          to: form.getInputProps('neededBy'),
          languages: form.getInputProps('languages'),
          deliveryModes: form.getInputProps('preferredDeliveryModes'),
        }}
      />
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
    </FormPage>
  );
}
