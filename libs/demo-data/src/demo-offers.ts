import { Category, DeliveryMode, QuantityUnit } from '@app/domain';

import { type DemoOffer } from './demo-data.types';

/**
 * Demo donor offers, loosely modelled on real capacity-building programmes (GPOI, the UN
 * Triangular Partnership Programme, BPST Africa, the Elsie Initiative, Training for Peace…) but
 * invented in their figures. Eligible lists use ISO3 codes and UN M49 region codes (002 Africa,
 * 011 Western Africa, 014 Eastern Africa, 017 Middle Africa, 034 Southern Asia, 035 South-eastern
 * Asia, 142 Asia, 009 Oceania). Four offers are written in French. Two stay DRAFT.
 */
export const DEMO_OFFERS: readonly DemoOffer[] = [
  {
    key: 'OFFER-USA-MEDICAL',
    donor: 'USA',
    category: Category.MEDICAL,
    capabilities: ['COMBAT_LIFESAVER', 'BUDDY_FIRST_AID', 'FIELD_MEDICAL_ASSISTANT', 'CASEVAC'],
    title: 'Combat lifesaver, first aid and CASEVAC training for deploying contingents',
    description:
      'Mobile training teams deliver the UN Buddy First Aid Course, combat lifesaver ' +
      'certification and casualty evacuation drills to units preparing to deploy or rotating in ' +
      'mission, and certify national instructors so the training continues after the programme.',
    capacity: 300,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en'],
    deliveryModes: [
      DeliveryMode.IN_COUNTRY,
      DeliveryMode.MOBILE_TEAM,
      DeliveryMode.REGIONAL_TRAINING_CENTRE,
    ],
    eligible: ['002', '034'],
    excluded: [],
    availableFromDays: 14,
    availableToDays: 330,
    open: true,
  },
  {
    key: 'OFFER-FRA-MEDICAL',
    donor: 'FRA',
    category: Category.MEDICAL,
    capabilities: ['COMBAT_LIFESAVER', 'CASEVAC', 'FIELD_MEDICAL_ASSISTANT', 'LEVEL_1_HOSPITAL'],
    title: 'Sauvetage au combat et évacuation sanitaire des blessés',
    description:
      'Formation au sauvetage au combat de premier niveau, à la médicalisation de l’avant et à ' +
      'l’évacuation des blessés, dispensée en français dans les écoles nationales à vocation ' +
      'régionale et par des équipes mobiles du service de santé des armées.',
    capacity: 90,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: 2500,
    budget: 180000,
    languages: ['fr'],
    deliveryModes: [DeliveryMode.REGIONAL_TRAINING_CENTRE, DeliveryMode.MOBILE_TEAM],
    eligible: ['011', '017'],
    excluded: [],
    availableFromDays: 30,
    availableToDays: 270,
    open: true,
  },
  {
    key: 'OFFER-JPN-ENGINEERING',
    donor: 'JPN',
    category: Category.ENGINEERING,
    capabilities: [
      'HEAVY_EQUIPMENT_OPERATORS',
      'HORIZONTAL_CONSTRUCTION',
      'VERTICAL_CONSTRUCTION',
      'FIELD_DEFENCES',
    ],
    title: 'Heavy engineering equipment operator training (Triangular Partnership)',
    description:
      'Ten-week courses for engineering contingents on graders, excavators, dozers and rollers, ' +
      'road and camp construction and field defences, run with the UN at regional training ' +
      'centres in Africa and Asia.',
    capacity: 60,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: 15000,
    budget: 720000,
    languages: ['en', 'fr'],
    deliveryModes: [DeliveryMode.REGIONAL_TRAINING_CENTRE, DeliveryMode.IN_COUNTRY],
    eligible: [],
    excluded: [],
    availableFromDays: 45,
    availableToDays: 400,
    open: true,
  },
  {
    key: 'OFFER-GBR-POC',
    donor: 'GBR',
    category: Category.POC_TRAINING,
    capabilities: [],
    title: 'Protection of civilians training packages for battalion and company leaders',
    description:
      'Scenario-based protection of civilians, early warning, CRSV and child protection modules ' +
      'for company and battalion leadership, delivered in country or at regional peace support ' +
      'training centres in Eastern Africa and South Asia.',
    capacity: 180,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en'],
    deliveryModes: [
      DeliveryMode.IN_COUNTRY,
      DeliveryMode.MOBILE_TEAM,
      DeliveryMode.REGIONAL_TRAINING_CENTRE,
    ],
    eligible: ['002', '034'],
    excluded: [],
    availableFromDays: 20,
    availableToDays: 300,
    open: true,
  },
  {
    key: 'OFFER-CAN-WOMEN',
    donor: 'CAN',
    category: Category.WOMEN_PARTICIPATION,
    capabilities: [
      'FEMALE_ENGAGEMENT_TEAM',
      'ENGAGEMENT_PLATOON',
      'WOMEN_OFFICERS_COURSE',
      'WOMEN_POLICE_COMMAND_COURSE',
      'GENDER_ADVISERS',
    ],
    title: 'Elsie Initiative partnership: preparing women peacekeepers for meaningful roles',
    description:
      'Bilingual (English/French) courses that prepare women officers and police commanders for ' +
      'deployment, train engagement platoons and female engagement teams, and build gender ' +
      'adviser networks in contributing countries.',
    capacity: 70,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en', 'fr'],
    deliveryModes: [
      DeliveryMode.DONOR_COUNTRY,
      DeliveryMode.REGIONAL_TRAINING_CENTRE,
      DeliveryMode.REMOTE,
    ],
    eligible: [],
    excluded: [],
    availableFromDays: 0,
    availableToDays: 365,
    open: true,
  },
  {
    key: 'OFFER-NOR-TRAINING-CENTRES',
    donor: 'NOR',
    category: Category.OTHER,
    capabilities: ['TRAINING_OF_TRAINERS', 'PEACEKEEPING_TRAINING_CENTRE'],
    title: 'Training for Peace: support to African peacekeeping training centres',
    description:
      'Training of trainers and curriculum support for national peacekeeping training centres in ' +
      'Eastern and Western Africa. Draft until the next programme phase is approved.',
    capacity: 40,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en'],
    deliveryModes: [DeliveryMode.IN_COUNTRY, DeliveryMode.REGIONAL_TRAINING_CENTRE],
    eligible: ['014', '011'],
    excluded: [],
    availableFromDays: 90,
    availableToDays: 450,
    open: false,
  },
  {
    key: 'OFFER-KOR-TECHNOLOGY',
    donor: 'KOR',
    category: Category.TECHNOLOGY,
    capabilities: ['UAS_OPERATIONS', 'CAMP_SECURITY_SENSORS', 'SITUATIONAL_AWARENESS'],
    title: 'Smart camp technology: UAS, perimeter sensors and situational awareness',
    description:
      'Operator and maintainer courses for small unmanned aircraft systems, camp perimeter ' +
      'sensors and mission situational awareness tools, with equipment handed over at the end of ' +
      'each course.',
    capacity: 40,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: 20000,
    budget: 600000,
    languages: ['en'],
    deliveryModes: [DeliveryMode.DONOR_COUNTRY, DeliveryMode.IN_COUNTRY],
    eligible: [],
    excluded: [],
    availableFromDays: 30,
    availableToDays: 360,
    open: true,
  },
  {
    key: 'OFFER-DEU-C-IED',
    donor: 'DEU',
    category: Category.TECHNOLOGY,
    capabilities: ['C_IED'],
    title: 'Counter-IED search and detection training for infantry units',
    description:
      'Search team, route clearance awareness and IED detection training for infantry companies ' +
      'deploying to missions facing explosive threats. Draft until the training budget is ' +
      'confirmed.',
    capacity: 48,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en', 'fr'],
    deliveryModes: [DeliveryMode.MOBILE_TEAM, DeliveryMode.REGIONAL_TRAINING_CENTRE],
    eligible: ['002'],
    excluded: [],
    availableFromDays: 60,
    availableToDays: 300,
    open: false,
  },
  {
    key: 'OFFER-CHN-LOGISTICS',
    donor: 'CHN',
    category: Category.LOGISTICS,
    capabilities: [],
    title: 'Peacekeeping logistics and equipment maintenance courses',
    description:
      'Courses on contingent-owned equipment management, vehicle and generator maintenance and ' +
      'supply chain procedures for logistics officers of contributing countries in Africa and ' +
      'Asia.',
    capacity: 60,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en', 'zh'],
    deliveryModes: [DeliveryMode.DONOR_COUNTRY],
    eligible: ['002', '142'],
    excluded: [],
    availableFromDays: 60,
    availableToDays: 420,
    open: true,
  },
  {
    key: 'OFFER-BEL-CONDUCT',
    donor: 'BEL',
    category: Category.CONDUCT_AND_DISCIPLINE,
    capabilities: ['SEA_PREVENTION', 'MISCONDUCT_INVESTIGATIONS', 'COMMAND_ACCOUNTABILITY'],
    title: 'Prévention de l’exploitation et des abus sexuels et enquêtes nationales',
    description:
      'Formation des commandants et des officiers enquêteurs nationaux à la prévention de ' +
      'l’exploitation et des abus sexuels, à la conduite des enquêtes et à la responsabilité du ' +
      'commandement, dispensée sur place par des équipes mobiles francophones.',
    capacity: 70,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['fr'],
    deliveryModes: [DeliveryMode.IN_COUNTRY, DeliveryMode.MOBILE_TEAM],
    eligible: ['017', '011'],
    excluded: [],
    availableFromDays: 15,
    availableToDays: 240,
    open: true,
  },
  {
    key: 'OFFER-MAR-LEADERSHIP',
    donor: 'MAR',
    category: Category.LEADERSHIP,
    capabilities: ['CONTINGENT_COMMANDERS', 'STAFF_OFFICERS', 'MILITARY_OBSERVERS'],
    title: 'Cours de commandants de contingent et d’officiers d’état-major des Nations Unies',
    description:
      'Coopération Sud-Sud : cours pour commandants de contingent, officiers d’état-major et ' +
      'experts militaires en mission, dispensés en français et en arabe au centre ' +
      'd’excellence marocain des opérations de maintien de la paix.',
    capacity: 45,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['fr', 'ar'],
    deliveryModes: [DeliveryMode.DONOR_COUNTRY],
    eligible: ['002'],
    excluded: [],
    availableFromDays: 60,
    availableToDays: 330,
    open: true,
  },
  {
    key: 'OFFER-AUS-SAFETY',
    donor: 'AUS',
    category: Category.SAFETY_AND_SECURITY,
    capabilities: ['FORCE_PROTECTION', 'EXPLOSIVE_HAZARD_AWARENESS', 'SSAFE'],
    title: 'Force protection and explosive hazard awareness for Indo-Pacific contributors',
    description:
      'Camp defence planning, force protection drills and explosive hazard awareness training ' +
      'for contingents from South and South-east Asia and the Pacific, delivered by mobile teams ' +
      'or at regional peacekeeping centres.',
    capacity: 60,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en'],
    deliveryModes: [
      DeliveryMode.REGIONAL_TRAINING_CENTRE,
      DeliveryMode.IN_COUNTRY,
      DeliveryMode.MOBILE_TEAM,
    ],
    eligible: ['034', '035', '009'],
    excluded: [],
    availableFromDays: 21,
    availableToDays: 280,
    open: true,
  },
  {
    key: 'OFFER-USA-BASIC-SKILLS',
    donor: 'USA',
    category: Category.BASIC_SKILLS,
    capabilities: [],
    title: 'Pre-deployment training for infantry battalions and formed police units',
    description:
      'Collective pre-deployment training on patrolling, checkpoints, convoy escort, ' +
      'marksmanship and public order management, with French interpretation where needed. ' +
      'Countries under assistance restrictions after unconstitutional changes of government are ' +
      'excluded.',
    capacity: 250,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['en', 'fr'],
    deliveryModes: [DeliveryMode.IN_COUNTRY, DeliveryMode.MOBILE_TEAM],
    eligible: ['002'],
    excluded: ['BFA', 'NER', 'GIN'],
    availableFromDays: 7,
    availableToDays: 365,
    open: true,
  },
  {
    key: 'OFFER-CHE-COMMAND',
    donor: 'CHE',
    category: Category.COMMAND_AND_CONTROL,
    capabilities: [],
    title:
      'Commandement et contrôle : centres d’opérations et renseignement de maintien de la paix',
    description:
      'Cours pour officiers d’état-major sur le fonctionnement des centres d’opérations, la ' +
      'planification, les comptes rendus opérationnels et le renseignement de maintien de la ' +
      'paix, en Suisse ou à distance, en français et en anglais.',
    capacity: 36,
    unit: QuantityUnit.TRAINEES,
    costPerUnit: null,
    budget: null,
    languages: ['fr', 'en'],
    deliveryModes: [DeliveryMode.DONOR_COUNTRY, DeliveryMode.REMOTE],
    eligible: [],
    excluded: [],
    availableFromDays: 30,
    availableToDays: 300,
    open: true,
  },
];
