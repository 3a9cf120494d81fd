import {
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
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { useUser } from '../auth/use-session';
import { CategorySelect } from '../common/CategorySelect';
import { CodesInput } from '../common/CodesInput';
import { FormPage } from '../common/FormPage';
import { MemberStateSelect } from '../common/MemberStateSelect';
import { notify } from '../common/notify';
import { ReadOnlyField } from '../common/ReadOnlyField';
import { UnitSelect } from '../common/UnitSelect';
import { useFormSave } from '../common/use-form-save';
import { useValidators } from '../common/use-validators';
import { useCountryName } from '../dashboard/map/country-name';
import { type Category, type PledgeKind, type QuantityUnit } from '../graphql/generated/graphql';
import { PLEDGE_KINDS } from './pledge-enums';
import { CreatePledgeMutation, MinisterialsQuery } from './pledges.graphql';

interface PledgeFormValues {
  ministerialId: string | null;
  lead: string | null;
  members: string[];
  kind: PledgeKind | null;
  category: Category | null;
  capability: string;
  textEn: string;
  textFr: string;
  quantity: number | string;
  unit: QuantityUnit | null;
}

const ISO3 = /^[A-Z]{3}$/;

/**
 * Records a pledge as announced: a donor for its own state as lead (the API refuses another),
 * a coordinator for any; other states make it a joint pledge. The API's refusals appear at
 * their fields, the values kept.
 */
export function PledgeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = useUser();
  const countryName = useCountryName();
  const ownState = user.role === 'DONOR' ? user.memberStateIso3 : null;
  const [ministerials] = useQuery({ query: MinisterialsQuery });
  const [created, createPledge] = useMutation(CreatePledgeMutation);
  const { required } = useValidators();

  const form = useForm<PledgeFormValues>({
    initialValues: {
      ministerialId: params.get('ministerial'),
      lead: ownState ?? null,
      members: [],
      kind: null,
      category: null,
      capability: '',
      textEn: '',
      textFr: '',
      quantity: '',
      unit: null,
    },
    validate: {
      ministerialId: required,
      lead: required,
      members: (values) =>
        values.every((value) => ISO3.test(value)) ? null : t('pledges.form.iso3Format'),
      kind: required,
      category: required,
      textEn: (value, values) =>
        value.trim() || values.textFr.trim() ? null : t('pledges.form.oneText'),
      quantity: (value) =>
        value === '' || (Number.isInteger(Number(value)) && Number(value) >= 1)
          ? null
          : t('form.positiveInteger'),
    },
  });

  const { saveError, save } = useFormSave(form);

  const submit = form.onSubmit(async (values) => {
    await save(
      () =>
        createPledge({
          input: {
            ministerialId: values.ministerialId!,
            lead: values.lead!,
            members: values.members,
            kind: values.kind!,
            category: values.category!,
            capability: values.capability.trim() || null,
            textEn: values.textEn.trim() || null,
            textFr: values.textFr.trim() || null,
            quantity: values.quantity === '' ? null : Number(values.quantity),
            unit: values.unit,
          },
        }),
      (data) => {
        notify(t('pledges.form.created'), 'teal');
        void navigate(`/pledges/${data.createPledge.id}`);
      },
    );
  });

  return (
    <FormPage
      title={t('pledges.form.title')}
      saveError={saveError}
      onSubmit={submit}
      submitLabel={t('pledges.form.submit')}
      saving={created.fetching}
      onCancel={() => void navigate('/pledges')}
    >
      <Fieldset legend={t('pledges.form.who')}>
        <Stack>
          <Select
            label={t('pledges.field.ministerial')}
            required
            data={(ministerials.data?.ministerials.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: t('pledges.ministerial.short', {
                city: node.city,
                year: node.heldOn.slice(0, 4),
              }),
            }))}
            {...form.getInputProps('ministerialId')}
          />
          {ownState ? (
            <ReadOnlyField label={t('pledges.field.lead')} testId="pledge-lead">
              {countryName(ownState)}
            </ReadOnlyField>
          ) : (
            <MemberStateSelect
              label={t('pledges.field.lead')}
              description={t('pledges.form.leadHint')}
              required
              {...form.getInputProps('lead')}
            />
          )}
          <CodesInput
            label={t('pledges.field.members')}
            description={t('pledges.form.membersHint')}
            {...form.getInputProps('members')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('pledges.form.what')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('pledges.field.kind')}
              required
              data={PLEDGE_KINDS.map((kind) => ({
                value: kind,
                label: t(`pledges.kind.${kind}`),
              }))}
              {...form.getInputProps('kind')}
            />
            <CategorySelect
              label={t('pledges.field.category')}
              required
              {...form.getInputProps('category')}
            />
            <TextInput
              label={t('pledges.field.capability')}
              description={t('pledges.form.capabilityHint')}
              {...form.getInputProps('capability')}
              onChange={(event) =>
                form.setFieldValue('capability', event.currentTarget.value.toUpperCase())
              }
            />
          </SimpleGrid>
          <Textarea
            label={t('pledges.field.textEn')}
            description={t('pledges.form.textsHint')}
            lang="en"
            autosize
            minRows={2}
            {...form.getInputProps('textEn')}
          />
          <Textarea
            label={t('pledges.field.textFr')}
            lang="fr"
            autosize
            minRows={2}
            {...form.getInputProps('textFr')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('pledges.field.quantity')}
              description={t('pledges.form.quantityHint')}
              min={1}
              allowDecimal={false}
              {...form.getInputProps('quantity')}
            />
            <UnitSelect label={t('pledges.field.unit')} clearable {...form.getInputProps('unit')} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </FormPage>
  );
}
