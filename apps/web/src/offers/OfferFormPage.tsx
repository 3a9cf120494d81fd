import {
  Checkbox,
  Fieldset,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { useUser } from '../auth/use-session';
import { CategorySelect } from '../common/CategorySelect';
import { CodesInput } from '../common/CodesInput';
import { FormPage } from '../common/FormPage';
import { MemberStateSelect } from '../common/MemberStateSelect';
import { MoneyInput } from '../common/MoneyInput';
import { notify } from '../common/notify';
import { PageLoader } from '../common/PageLoader';
import { ReadOnlyField } from '../common/ReadOnlyField';
import { UnitSelect } from '../common/UnitSelect';
import { useFormSave } from '../common/use-form-save';
import { useLoadedValues } from '../common/use-loaded-values';
import { useValidators } from '../common/use-validators';
import { WhenFieldset } from '../common/WhenFieldset';
import { type Category, type DeliveryMode, type QuantityUnit } from '../graphql/generated/graphql';
import { graphql } from '../graphql/generated';
import { CreateOfferMutation, OfferQuery, UpdateOfferMutation } from './offers.graphql';

const DonorQuery = graphql(`
  query Donor($iso3: String!) {
    memberState(iso3: $iso3) {
      iso3
      name
    }
  }
`);

interface OfferFormValues {
  donor: string | null;
  title: string;
  description: string;
  category: Category | null;
  capabilities: string[];
  capacity: number | string;
  unit: QuantityUnit;
  costPerUnit: number | string;
  budget: number | string;
  languages: string[];
  deliveryModes: DeliveryMode[];
  eligible: string[];
  excluded: string[];
  availableFrom: string | null;
  availableTo: string | null;
  open: boolean;
}

const EMPTY: OfferFormValues = {
  donor: null,
  title: '',
  description: '',
  category: null,
  capabilities: [],
  capacity: '',
  unit: 'TRAINEES',
  costPerUnit: '',
  budget: '',
  languages: [],
  deliveryModes: [],
  eligible: [],
  excluded: [],
  availableFrom: null,
  availableTo: null,
  open: true,
};

const CAPABILITY = /^[A-Z][A-Z0-9_]*$/;
/** ISO3 codes, or three-digit M49 region codes (002 = Africa). */
const RECIPIENT = /^([A-Z]{3}|\d{3})$/;
const ISO3 = /^[A-Z]{3}$/;

/** A number field's value for the API: null when left empty (clears it on an edit). */
const numberOrNull = (value: number | string) =>
  value === '' || value === null ? null : Number(value);

/**
 * Posts or edits an offer: a donor for its own state (the API refuses another), a coordinator for
 * any donor. Values stay in the form when a save fails; the API's refusals appear at their fields.
 */
export function OfferFormPage() {
  const { id } = useParams();
  const editing = Boolean(id);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const ownDonor = user.role === 'DONOR' ? user.memberStateIso3 : null;
  const [existing] = useQuery({ query: OfferQuery, variables: { id: id ?? '' }, pause: !id });
  const [donorState] = useQuery({
    query: DonorQuery,
    variables: { iso3: ownDonor ?? '' },
    pause: !ownDonor,
  });
  const [created, createOffer] = useMutation(CreateOfferMutation);
  const [updated, updateOffer] = useMutation(UpdateOfferMutation);

  const { required, requiredCount, windowEnd } = useValidators();
  const codes = (pattern: RegExp, message: string) => (values: string[]) =>
    values.every((value) => pattern.test(value)) ? null : t(message);

  const form = useForm<OfferFormValues>({
    initialValues: { ...EMPTY, donor: ownDonor ?? null },
    validate: {
      donor: (value) => (editing ? null : required(value)),
      title: required,
      category: required,
      capabilities: codes(CAPABILITY, 'offers.form.capabilityFormat'),
      capacity: requiredCount,
      languages: required,
      eligible: codes(RECIPIENT, 'offers.form.recipientFormat'),
      excluded: codes(ISO3, 'offers.form.iso3Format'),
      availableFrom: required,
      availableTo: (value, values) =>
        windowEnd(value, values.availableFrom, t('offers.form.windowOrder')),
    },
  });

  const { saveError, save } = useFormSave(form);

  const offer = existing.data?.offer;
  useLoadedValues(form, offer, (offer) => ({
    donor: offer.donor.iso3,
    title: offer.title,
    description: offer.description,
    category: offer.category,
    capabilities: offer.capabilities,
    capacity: offer.capacity,
    unit: offer.unit,
    costPerUnit: offer.costPerUnit ?? '',
    budget: offer.budget ?? '',
    languages: offer.languages,
    deliveryModes: offer.deliveryModes,
    eligible: offer.eligible,
    excluded: offer.excluded,
    availableFrom: offer.availableFrom,
    availableTo: offer.availableTo,
    open: false,
  }));

  if (editing && existing.fetching && !offer) return <PageLoader />;

  const submit = form.onSubmit(async (values) => {
    const common = {
      title: values.title.trim(),
      description: values.description,
      category: values.category!,
      capabilities: values.capabilities,
      capacity: Number(values.capacity),
      unit: values.unit,
      costPerUnit: numberOrNull(values.costPerUnit),
      budget: numberOrNull(values.budget),
      languages: values.languages,
      deliveryModes: values.deliveryModes,
      eligible: values.eligible,
      excluded: values.excluded,
      availableFrom: values.availableFrom!,
      availableTo: values.availableTo!,
    };
    await save(
      async () =>
        id
          ? await updateOffer({ input: { id, ...common } })
          : await createOffer({ input: { ...common, donor: values.donor!, open: values.open } }),
      (data) => {
        const savedId = 'createOffer' in data ? data.createOffer.id : (id as string);
        notify(t(id ? 'offers.form.updated' : 'offers.form.created'), 'teal');
        void navigate(`/offers/${savedId}`);
      },
    );
  });

  return (
    <FormPage
      title={editing ? t('offers.form.editTitle') : t('offers.form.newTitle')}
      saveError={saveError}
      onSubmit={submit}
      submitLabel={editing ? t('common.save') : t('offers.form.create')}
      saving={created.fetching || updated.fetching}
    >
      <Fieldset legend={t('offers.form.what')}>
        <Stack>
          {editing || ownDonor ? (
            <ReadOnlyField label={t('offers.field.donor')} testId="offer-donor">
              {offer?.donor.name ?? donorState.data?.memberState?.name ?? ownDonor}
            </ReadOnlyField>
          ) : (
            <MemberStateSelect
              label={t('offers.field.donor')}
              required
              {...form.getInputProps('donor')}
            />
          )}
          <TextInput label={t('offers.field.title')} required {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CategorySelect
              label={t('gaps.field.category')}
              required
              {...form.getInputProps('category')}
            />
            <CodesInput
              label={t('offers.field.capabilities')}
              description={t('offers.form.capabilitiesHint')}
              {...form.getInputProps('capabilities')}
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
      <Fieldset legend={t('offers.form.howMuch')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('offers.field.capacity')}
            required
            min={1}
            allowDecimal={false}
            {...form.getInputProps('capacity')}
          />
          <UnitSelect
            label={t('gaps.field.unit')}
            allowDeselect={false}
            {...form.getInputProps('unit')}
          />
          <MoneyInput
            label={t('offers.field.costPerUnit')}
            {...form.getInputProps('costPerUnit')}
          />
          <MoneyInput
            label={t('offers.field.budget')}
            description={t('offers.form.budgetHint')}
            {...form.getInputProps('budget')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('offers.form.forWhom')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CodesInput
            label={t('offers.field.eligible')}
            description={t('offers.form.eligibleHint')}
            {...form.getInputProps('eligible')}
          />
          <CodesInput
            label={t('offers.field.excluded')}
            description={t('offers.form.excludedHint')}
            {...form.getInputProps('excluded')}
          />
        </SimpleGrid>
      </Fieldset>
      <WhenFieldset
        labels={{
          from: t('offers.field.availableFrom'),
          to: t('offers.field.availableTo'),
          languages: t('offers.field.languages'),
        }}
        inputs={{
          from: form.getInputProps('availableFrom'),
          to: form.getInputProps('availableTo'),
          languages: form.getInputProps('languages'),
          deliveryModes: form.getInputProps('deliveryModes'),
        }}
        deliveryModesHint={t('offers.form.deliveryModesHint')}
      />
      {!editing && (
        <Checkbox
          label={t('offers.form.openNow')}
          {...form.getInputProps('open', { type: 'checkbox' })}
        />
      )}
    </FormPage>
  );
}
