import { type XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';
import { type DataSource, In, Not } from 'typeorm';

import { type AppConfig } from '@app/config';
import { PartnershipStatus, PledgeStatus } from '@app/domain';
import {
  Partnership,
  PARTNERSHIP_FILTER,
  PartnershipPolicy,
  PartnershipResultPeriod,
} from '@app/partnerships';
import { type PartnershipFilter } from '@app/partnerships';
import { PledgeOffer } from '@app/pledges';

import { streamEntities } from './entity-stream';
import { readParams } from './export-params';
import { type XmlExportKind } from './xml-export-kind';

/**
 * The codes the IATI export writes, by codelist. The five codelists of
 * test/fixtures/iati-2.03/codelists are checked by the export's test; the others (sector,
 * organisation type, result type, indicator measure, country) are IATI's and written as
 * documented in docs/import-export.md.
 */
export const IATI = {
  version: '2.03',
  /** OrganisationRole */
  role: { FUNDING: '1', IMPLEMENTING: '4' },
  /** ActivityStatus */
  status: { [PartnershipStatus.ACTIVE]: '2', [PartnershipStatus.COMPLETED]: '3' },
  /** ActivityDateType */
  date: { PLANNED_START: '1', ACTUAL_START: '2', PLANNED_END: '3', ACTUAL_END: '4' },
  /** TransactionType */
  transaction: { OUTGOING_COMMITMENT: '2', DISBURSEMENT: '3', OUTGOING_PLEDGE: '12' },
  /** BudgetType */
  budget: { ORIGINAL: '1' },
  /** OrganisationType 10: Government. */
  government: '10',
  /** OECD DAC CRS purpose code (SectorVocabulary 1): participation in international peacekeeping operations. */
  sector: { vocabulary: '1', code: '15230' },
  /** ResultType 2: outcome. */
  outcome: '2',
  /** IndicatorMeasure 1: unit. */
  unitMeasure: '1',
  currency: 'USD',
} as const;

/** The pledges an offer carries out, as the export names them. */
interface LinkedPledge {
  heldOn: string;
  ministerial: string;
  text: string;
}

/**
 * A partnership with its gap, offer, both states, the pledges its offer carries out and its
 * results per reporting period (oldest first).
 */
export interface IatiActivity {
  partnership: Partnership;
  pledges: LinkedPledge[];
  periods: PartnershipResultPeriod[];
}

const day = (date: Date): string => date.toISOString().slice(0, 10);
const money = (value: number): string => value.toFixed(2);

function narrative(xml: XMLBuilderCB, element: string, text: string): void {
  xml.ele(element).ele('narrative').txt(text).up().up();
}

/** Reads the pledges (not withdrawn) of a batch's offers in one query. */
async function pledgesOf(
  dataSource: DataSource,
  offerIds: string[],
): Promise<Map<string, LinkedPledge[]>> {
  const links = await dataSource.getRepository(PledgeOffer).find({
    where: { offerId: In(offerIds), pledge: { status: Not(PledgeStatus.WITHDRAWN) } },
    relations: { pledge: { ministerial: true } },
    order: { pledge: { ministerial: { heldOn: 'ASC' }, createdAt: 'ASC' }, id: 'ASC' },
  });
  const byOffer = new Map<string, LinkedPledge[]>();
  for (const link of links) {
    const pledge = link.pledge!;
    const list = byOffer.get(link.offerId) ?? [];
    list.push({
      heldOn: pledge.ministerial!.heldOn,
      ministerial: pledge.ministerial!.name,
      text: pledge.textEn ?? pledge.textFr ?? '',
    });
    byOffer.set(link.offerId, list);
  }
  return byOffer;
}

/** Partnerships from the cursor, a batch at a time with the pledges of their offers. */
async function* activities(
  dataSource: DataSource,
  partnerships: AsyncIterable<Partnership>,
): AsyncGenerator<IatiActivity> {
  let batch: Partnership[] = [];
  const flush = async function* (): AsyncGenerator<IatiActivity> {
    const pledges = await pledgesOf(dataSource, [...new Set(batch.map((p) => p.offerId))]);
    const periods = await dataSource.getRepository(PartnershipResultPeriod).find({
      where: { partnershipId: In(batch.map((p) => p.id)) },
      order: { periodStart: 'ASC', id: 'ASC' },
    });
    for (const partnership of batch) {
      yield {
        partnership,
        pledges: pledges.get(partnership.offerId) ?? [],
        periods: periods.filter((period) => period.partnershipId === partnership.id),
      };
    }
    batch = [];
  };
  for await (const partnership of partnerships) {
    batch.push(partnership);
    if (batch.length >= 100) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}

/** One partnership as an IATI 2.03 `iati-activity`, its elements in the schema's order. */
export function writeActivity(
  xml: XMLBuilderCB,
  reportingOrg: { ref: string; name: string },
  { partnership: p, pledges, periods }: IatiActivity,
): void {
  const gap = p.gap!;
  const offer = p.offer!;
  const donor = offer.donor!;
  const recipient = gap.memberState!;
  const cost = offer.costPerUnit;
  const committedValue = cost === null ? null : p.quantity * cost;

  xml.ele('iati-activity').att({
    'last-updated-datetime': p.updatedAt.toISOString(),
    'xml:lang': 'en',
    'default-currency': IATI.currency,
  });
  xml.ele('iati-identifier').txt(`${reportingOrg.ref}-${p.id}`).up();
  xml.ele('reporting-org').att({ ref: reportingOrg.ref, type: '40' });
  xml.ele('narrative').txt(reportingOrg.name).up().up();
  narrative(xml, 'title', `${offer.title} for ${recipient.name}: ${gap.title}`);
  xml.ele('description').att('type', '1');
  xml
    .ele('narrative')
    .txt(
      `${donor.name} supports ${recipient.name} (${gap.category}, ${gap.capability}` +
        `${gap.missionCode ? `, ${gap.missionCode}` : ''}): ${p.quantity} ${gap.unit.toLowerCase()}` +
        ` committed, ${p.deliveredQuantity} delivered.` +
        (offer.description ? ` ${offer.description}` : ''),
    )
    .up()
    .up();

  // Funding and implementing: the donor state, which delivers what it offers. The T/PCC is the
  // recipient country (IATI 2.03's OrganisationRole has no beneficiary role).
  for (const role of [IATI.role.FUNDING, IATI.role.IMPLEMENTING]) {
    xml.ele('participating-org').att({ role, type: IATI.government });
    xml.ele('narrative').txt(`Government of ${donor.name}`).up().up();
  }
  xml.ele('activity-status').att('code', IATI.status[p.status]).up();
  const dates: [string, string][] = [
    [IATI.date.PLANNED_START, gap.neededFrom],
    [IATI.date.ACTUAL_START, day(p.createdAt)],
    [IATI.date.PLANNED_END, gap.neededBy],
  ];
  if (p.status === PartnershipStatus.COMPLETED)
    dates.push([IATI.date.ACTUAL_END, day(p.updatedAt)]);
  for (const [type, isoDate] of dates) {
    xml.ele('activity-date').att({ type, 'iso-date': isoDate }).up();
  }
  xml.ele('recipient-country').att({ code: recipient.iso2, percentage: '100' });
  xml.ele('narrative').txt(recipient.name).up().up();
  xml
    .ele('sector')
    .att({ vocabulary: IATI.sector.vocabulary, code: IATI.sector.code, percentage: '100' })
    .up();

  // The budget of this activity: its share of the offer's budget (its units at the offer's cost,
  // at most the budget), over the offer's window.
  if (offer.budget !== null && committedValue !== null) {
    xml
      .ele('budget')
      .att('type', IATI.budget.ORIGINAL)
      .ele('period-start')
      .att('iso-date', offer.availableFrom)
      .up()
      .ele('period-end')
      .att('iso-date', offer.availableTo)
      .up()
      .ele('value')
      .att('value-date', offer.availableFrom)
      .txt(money(Math.min(committedValue, offer.budget)))
      .up()
      .up();
  }

  // Transactions need an amount: only for offers with a cost per unit.
  if (cost !== null && committedValue !== null) {
    const transaction = (type: string, date: string, value: number, text: string) => {
      xml.ele('transaction');
      xml.ele('transaction-type').att('code', type).up();
      xml.ele('transaction-date').att('iso-date', date).up();
      xml.ele('value').att('value-date', date).txt(money(value)).up();
      narrative(xml, 'description', text);
      xml.ele('provider-org').ele('narrative').txt(`Government of ${donor.name}`).up().up();
      xml.ele('receiver-org').ele('narrative').txt(`Government of ${recipient.name}`).up().up();
      xml.up();
    };
    if (pledges.length > 0) {
      transaction(
        IATI.transaction.OUTGOING_PLEDGE,
        pledges[0].heldOn,
        committedValue,
        pledges.map((pledge) => `${pledge.ministerial}: ${pledge.text}`).join(' | '),
      );
    }
    transaction(
      IATI.transaction.OUTGOING_COMMITMENT,
      day(p.createdAt),
      committedValue,
      `${p.quantity} ${gap.unit.toLowerCase()} at ${money(cost)} ${IATI.currency}`,
    );
    if (p.deliveredQuantity > 0) {
      transaction(
        IATI.transaction.DISBURSEMENT,
        day(p.updatedAt),
        p.deliveredQuantity * cost,
        `${p.deliveredQuantity} ${gap.unit.toLowerCase()} delivered`,
      );
    }
  }

  writeResult(xml, p, periods);
  xml.up();
}

/** An IATI period: its days, then its target and actual when known. */
function writePeriod(
  xml: XMLBuilderCB,
  start: string,
  end: string,
  target: number | null,
  actual: number | null,
): void {
  xml.ele('period');
  xml.ele('period-start').att('iso-date', start).up();
  xml.ele('period-end').att('iso-date', end).up();
  if (target !== null) xml.ele('target').att('value', String(target)).up();
  if (actual !== null) xml.ele('actual').att('value', String(actual)).up();
  xml.up();
}

/**
 * The gap's objective indicator as an outcome result. Its baseline is the gap's (year the gap was
 * recorded), else that of the first reported period. Each reported period is an IATI period with
 * its own target and actual; the value measured after delivery, when recorded, is one more
 * period, from the partnership to the measurement. Without reported periods, one period from the
 * partnership to the measurement (or the gap's `neededBy`) carries the target and that value.
 * Periods reported under an earlier wording of the indicator are an indicator of their own.
 */
function writeResult(xml: XMLBuilderCB, p: Partnership, periods: PartnershipResultPeriod[]): void {
  const gap = p.gap!;
  const objective = gap.objective;
  const wordings = [
    ...new Set([
      ...(objective?.indicator ? [objective.indicator] : []),
      ...periods.map((period) => period.indicator),
    ]),
  ];
  if (wordings.length === 0) return;
  xml.ele('result').att({ type: IATI.outcome, 'aggregation-status': 'false' });
  narrative(xml, 'title', gap.title);
  for (const wording of wordings) {
    const current = wording === objective?.indicator;
    const own = periods.filter((period) => period.indicator === wording);
    xml.ele('indicator').att({ measure: IATI.unitMeasure, ascending: 'true' });
    narrative(xml, 'title', wording);
    const first = own.find((period) => period.baseline !== null);
    if (current && objective.baseline !== null) {
      xml
        .ele('baseline')
        .att({
          year: String(gap.createdAt.getUTCFullYear()),
          'iso-date': day(gap.createdAt),
          value: String(objective.baseline),
        })
        .up();
    } else if (first) {
      xml
        .ele('baseline')
        .att({
          year: first.periodStart.slice(0, 4),
          'iso-date': first.periodStart,
          value: String(first.baseline),
        })
        .up();
    }
    for (const period of own)
      writePeriod(xml, period.periodStart, period.periodEnd, period.target, period.actual);
    if (current && (own.length === 0 || p.indicatorAfter !== null))
      writePeriod(
        xml,
        day(p.createdAt),
        p.indicatorMeasuredOn ?? gap.neededBy,
        objective.target,
        p.indicatorAfter,
      );
    xml.up();
  }
  xml.up();
}

/**
 * /export/iati-activities.xml: the partnerships the actor's list shows (its filters, oldest
 * first), each as an IATI 2.03 activity.
 */
export function iatiActivitiesExport(
  dataSource: DataSource,
  config: AppConfig,
): XmlExportKind<PartnershipFilter, IatiActivity> {
  const reportingOrg = config.iatiReportingOrg;
  return {
    path: 'iati-activities',
    title: () => 'iati-activities',
    rule: PartnershipPolicy.read,
    params: (query) =>
      readParams(PARTNERSHIP_FILTER.input, { filter: PARTNERSHIP_FILTER.params }, query),
    root: () => ({
      name: 'iati-activities',
      attributes: { version: IATI.version, 'generated-datetime': new Date().toISOString() },
    }),
    records: (actor, filter) => {
      const alias = 'partnership';
      const query = dataSource.getRepository(Partnership).createQueryBuilder(alias);
      PartnershipPolicy.scope(actor)(query, alias);
      query
        .innerJoinAndSelect(`${alias}.gap`, 'gap')
        .innerJoinAndSelect('gap.memberState', 'recipient')
        .innerJoinAndSelect(`${alias}.offer`, 'offer')
        .innerJoinAndSelect('offer.donor', 'donor');
      PARTNERSHIP_FILTER.apply(query, filter, alias)
        .orderBy(`${alias}.created_at`, 'ASC')
        .addOrderBy(`${alias}.id`, 'ASC');
      return activities(dataSource, streamEntities(dataSource, query));
    },
    write: (xml, activity) => writeActivity(xml, reportingOrg, activity),
  };
}
