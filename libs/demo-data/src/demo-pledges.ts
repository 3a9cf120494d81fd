import { Category, PledgeKind, PledgeStatus, QuantityUnit } from '@app/domain';

/**
 * An illustrative pledge (not a real one) at one of the four Ministerials, linked to the demo
 * offers that carry it out (by their externalRef) and taken up its ladder to `status`.
 */
export interface DemoPledge {
  /** Code of a seeded Ministerial, e.g. BERLIN_2025. */
  ministerial: string;
  lead: string;
  members: string[];
  kind: PledgeKind;
  category: Category;
  capability: string | null;
  /** Unique per Ministerial and lead: how the seeder knows the pledge is already there. */
  textEn: string;
  textFr: string | null;
  quantity: number | null;
  unit: QuantityUnit | null;
  /** externalRefs of demo offers of the pledge's states. */
  offers: string[];
  /** Reached one rung at a time from ANNOUNCED. */
  status: PledgeStatus;
}

/** A line of a Ministerial's requirement list ("shopping list"), illustrative. */
export interface DemoRequirement {
  ministerial: string;
  category: Category;
  capability: string;
  quantity: number;
  unit: QuantityUnit;
}

export const DEMO_PLEDGES: readonly DemoPledge[] = [
  {
    ministerial: 'NEW_YORK_2019',
    lead: 'USA',
    members: [],
    kind: PledgeKind.MEDICAL,
    category: Category.MEDICAL,
    capability: 'CASEVAC',
    textEn: 'Train 200 combat lifesavers and CASEVAC specialists for deploying contingents',
    textFr: 'Former 200 secouristes au combat et spécialistes de l’évacuation sanitaire',
    quantity: 200,
    unit: QuantityUnit.TRAINEES,
    offers: ['OFFER-USA-MEDICAL'],
    status: PledgeStatus.IN_PROGRESS,
  },
  {
    ministerial: 'NEW_YORK_2019',
    lead: 'JPN',
    members: [],
    kind: PledgeKind.TRAINING_AND_CAPACITY_BUILDING,
    category: Category.ENGINEERING,
    capability: 'HEAVY_EQUIPMENT_OPERATORS',
    textEn: 'Train 60 heavy engineering equipment operators through the Triangular Partnership',
    textFr: null,
    quantity: 60,
    unit: QuantityUnit.TRAINEES,
    offers: ['OFFER-JPN-ENGINEERING'],
    status: PledgeStatus.COMMITTED,
  },
  {
    ministerial: 'SEOUL_2021',
    lead: 'KOR',
    members: [],
    kind: PledgeKind.TECHNOLOGY,
    category: Category.TECHNOLOGY,
    capability: 'UAS_OPERATIONS',
    textEn: 'Smart camp technology and UAS operator training for 40 peacekeepers',
    textFr: null,
    quantity: 40,
    unit: QuantityUnit.TRAINEES,
    offers: ['OFFER-KOR-TECHNOLOGY'],
    status: PledgeStatus.COMMITTED,
  },
  {
    ministerial: 'SEOUL_2021',
    lead: 'CAN',
    members: ['NOR'],
    kind: PledgeKind.WOMEN_PEACE_AND_SECURITY,
    category: Category.WOMEN_PARTICIPATION,
    capability: 'WOMEN_OFFICERS_COURSE',
    textEn: 'Prepare 70 women officers and police commanders for deployment (joint pledge)',
    textFr: 'Préparer 70 officières et commandantes de police au déploiement (engagement conjoint)',
    quantity: 70,
    unit: QuantityUnit.TRAINEES,
    offers: ['OFFER-CAN-WOMEN', 'OFFER-NOR-TRAINING-CENTRES'],
    status: PledgeStatus.IN_PROGRESS,
  },
  {
    ministerial: 'ACCRA_2023',
    lead: 'FRA',
    members: [],
    kind: PledgeKind.MEDICAL,
    category: Category.MEDICAL,
    capability: 'COMBAT_LIFESAVER',
    textEn: 'Train 90 combat lifesavers from French-speaking contributors',
    textFr: 'Former 90 sauveteurs au combat de pays contributeurs francophones',
    quantity: 90,
    unit: QuantityUnit.TRAINEES,
    offers: ['OFFER-FRA-MEDICAL'],
    status: PledgeStatus.COMMITTED,
  },
  {
    ministerial: 'ACCRA_2023',
    lead: 'GBR',
    members: [],
    kind: PledgeKind.TRAINING_AND_CAPACITY_BUILDING,
    category: Category.POC_TRAINING,
    capability: null,
    textEn: 'Protection of civilians training for 180 battalion and company leaders',
    textFr: null,
    quantity: 180,
    unit: QuantityUnit.TRAINEES,
    offers: ['OFFER-GBR-POC'],
    status: PledgeStatus.ANNOUNCED,
  },
  {
    ministerial: 'BERLIN_2025',
    lead: 'DEU',
    members: [],
    kind: PledgeKind.TRAINING_AND_CAPACITY_BUILDING,
    category: Category.TECHNOLOGY,
    capability: 'C_IED',
    textEn: 'Counter-IED search and detection training for 48 infantry specialists',
    textFr: null,
    quantity: 48,
    unit: QuantityUnit.TRAINEES,
    offers: ['OFFER-DEU-C-IED'],
    status: PledgeStatus.ANNOUNCED,
  },
  {
    ministerial: 'BERLIN_2025',
    lead: 'CHE',
    members: [],
    kind: PledgeKind.OTHER,
    category: Category.COMMAND_AND_CONTROL,
    capability: null,
    textEn: 'Command and control courses for mission operations centres',
    textFr: 'Cours de commandement et de contrôle pour les centres d’opérations des missions',
    quantity: null,
    unit: null,
    offers: [],
    status: PledgeStatus.ANNOUNCED,
  },
];

/** Berlin's illustrative requirement list: what the reports set the pledges against. */
export const DEMO_REQUIREMENTS: readonly DemoRequirement[] = [
  {
    ministerial: 'BERLIN_2025',
    category: Category.TECHNOLOGY,
    capability: 'C_IED',
    quantity: 120,
    unit: QuantityUnit.TRAINEES,
  },
  {
    ministerial: 'BERLIN_2025',
    category: Category.MEDICAL,
    capability: 'CASEVAC',
    quantity: 150,
    unit: QuantityUnit.TRAINEES,
  },
  {
    ministerial: 'BERLIN_2025',
    category: Category.AVIATION,
    capability: 'MILITARY_UTILITY_HELICOPTER',
    quantity: 6,
    unit: QuantityUnit.UNITS,
  },
];
