import { Category } from './category';

/** One capability a gap can name and an offer can cover, within a category. */
export interface CapabilityDefinition {
  /** UPPER_SNAKE code, matching CAPABILITY_CODE_PATTERN. */
  code: string;
  /** English label shown in forms. */
  label: string;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

/**
 * The capability catalogue the forms offer, per category. Terms follow the UN Military Unit
 * Manuals, the UN Medical Support Manual, DPO specialised training materials, A4P+ and the Elsie
 * Initiative. The engine itself accepts any well-formed code; the catalogue keeps forms and demo
 * data on a shared vocabulary.
 */
export const CAPABILITY_CATALOGUE: Readonly<Record<Category, readonly CapabilityDefinition[]>> =
  deepFreeze({
    [Category.MEDICAL]: [
      { code: 'LEVEL_1_HOSPITAL', label: 'Level I hospital (primary care and resuscitation)' },
      { code: 'LEVEL_2_HOSPITAL', label: 'Level II hospital (damage-control surgery)' },
      { code: 'CASEVAC', label: 'Casualty evacuation (CASEVAC)' },
      { code: 'MEDEVAC', label: 'Medical evacuation (MEDEVAC), including aeromedical' },
      { code: 'BUDDY_FIRST_AID', label: 'UN Buddy First Aid Course (UNBFAC)' },
      { code: 'COMBAT_LIFESAVER', label: 'Combat lifesaver / tactical combat casualty care' },
      { code: 'FIELD_MEDICAL_ASSISTANT', label: 'UN Field Medical Assistants Course (UNFMAC)' },
      { code: 'FIELD_SURGERY', label: 'Field surgical and anaesthesia teams' },
      { code: 'MEDICAL_LOGISTICS', label: 'Medical logistics and cold chain' },
      { code: 'MENTAL_HEALTH_SUPPORT', label: 'Mental health and psychosocial support' },
    ],
    [Category.TECHNOLOGY]: [
      { code: 'UAS_OPERATIONS', label: 'Unmanned aircraft systems (UAS) operations' },
      { code: 'COUNTER_UAS', label: 'Counter-UAS detection and defeat' },
      { code: 'C_IED', label: 'Counter-IED search, detection and awareness' },
      {
        code: 'SITUATIONAL_AWARENESS',
        label: 'Situational awareness platforms (e.g. Unite Aware)',
      },
      { code: 'CAMP_SECURITY_SENSORS', label: 'Camp security sensors and perimeter surveillance' },
      { code: 'SECURE_COMMUNICATIONS', label: 'Secure tactical communications (C4ISR)' },
      { code: 'GIS_MAPPING', label: 'Geospatial information and mapping (GIS)' },
      { code: 'NIGHT_VISION', label: 'Night vision and thermal imaging' },
      { code: 'CYBER_SECURITY', label: 'Cyber security and information hygiene' },
    ],
    [Category.POC_TRAINING]: [
      { code: 'EARLY_WARNING', label: 'Early warning and early response' },
      { code: 'COMMUNITY_ALERT_NETWORKS', label: 'Community alert networks' },
      { code: 'COMMUNITY_ENGAGEMENT', label: 'Community engagement and community liaison' },
      { code: 'CRSV_PREVENTION', label: 'Prevention of conflict-related sexual violence (CRSV)' },
      { code: 'CHILD_PROTECTION', label: 'Child protection' },
      { code: 'POC_SCENARIO_TRAINING', label: 'Protection of civilians scenario-based training' },
      { code: 'THREAT_ASSESSMENT', label: 'POC threat assessment and response planning' },
      { code: 'HUMAN_RIGHTS_IHL', label: 'Human rights and international humanitarian law' },
    ],
    [Category.WOMEN_PARTICIPATION]: [
      { code: 'FEMALE_ENGAGEMENT_TEAM', label: 'Female engagement teams' },
      { code: 'ENGAGEMENT_PLATOON', label: 'Mixed-gender engagement platoons' },
      { code: 'WOMEN_OFFICERS_COURSE', label: 'Female Military Officers Course' },
      {
        code: 'WOMEN_POLICE_COMMAND_COURSE',
        label: 'Female Senior Police Officers Command Development Course',
      },
      { code: 'WOMEN_STAFF_OFFICERS_DEPLOYMENT', label: 'Deployment of women staff officers' },
      { code: 'GENDER_ADVISERS', label: 'Gender advisers and gender focal points' },
      { code: 'FACILITIES_FOR_WOMEN', label: 'Gender-responsive accommodation and facilities' },
      { code: 'MOWIP_ASSESSMENT', label: 'Barrier assessment (Elsie / MOWIP methodology)' },
    ],
    [Category.LEADERSHIP]: [
      { code: 'SENIOR_MISSION_LEADERS', label: 'Senior Mission Leaders course' },
      { code: 'CONTINGENT_COMMANDERS', label: 'Contingent commanders course' },
      { code: 'STAFF_OFFICERS', label: 'UN Staff Officers Course (UNSOC)' },
      { code: 'MILITARY_OBSERVERS', label: 'UN Military Experts on Mission course (UNMEM)' },
      { code: 'POLICE_COMMANDERS', label: 'Police and formed police unit commanders course' },
      { code: 'NCO_LEADERSHIP', label: 'Non-commissioned officer leadership' },
      { code: 'LEADERSHIP_MENTORING', label: 'Leadership mentoring and coaching' },
    ],
    [Category.COMMAND_AND_CONTROL]: [
      { code: 'TACTICAL_OPERATIONS_CENTRE', label: 'Battalion tactical operations centre' },
      { code: 'JOINT_OPERATIONS_CENTRE', label: 'Joint Operations Centre (JOC) integration' },
      { code: 'MILITARY_DECISION_MAKING', label: 'Military decision-making and planning' },
      { code: 'PEACEKEEPING_INTELLIGENCE', label: 'Peacekeeping-intelligence (PKI)' },
      { code: 'REPORTING_PROCEDURES', label: 'Operational reporting (SITREP, flash reports)' },
      { code: 'RULES_OF_ENGAGEMENT', label: 'Rules of engagement and use of force' },
      { code: 'CRISIS_MANAGEMENT', label: 'Crisis management and contingency planning' },
      { code: 'COMMAND_POST_EXERCISE', label: 'Command post exercises (CPX)' },
    ],
    [Category.BASIC_SKILLS]: [
      { code: 'CORE_PREDEPLOYMENT', label: 'Core Pre-Deployment Training Materials (CPTM)' },
      { code: 'MARKSMANSHIP', label: 'Marksmanship and weapon handling' },
      { code: 'PATROLLING', label: 'Foot and mounted patrolling' },
      { code: 'CHECKPOINT_OPERATIONS', label: 'Checkpoint operations' },
      { code: 'CONVOY_ESCORT', label: 'Convoy operations and escort' },
      { code: 'CORDON_AND_SEARCH', label: 'Cordon and search' },
      { code: 'PUBLIC_ORDER_MANAGEMENT', label: 'Public order management (formed police units)' },
      { code: 'DEFENSIVE_DRIVING', label: 'Defensive driving in mission areas' },
    ],
    [Category.CONDUCT_AND_DISCIPLINE]: [
      { code: 'SEA_PREVENTION', label: 'Prevention of sexual exploitation and abuse (SEA)' },
      { code: 'CODE_OF_CONDUCT', label: 'UN standards of conduct' },
      { code: 'MISCONDUCT_INVESTIGATIONS', label: 'National investigation officers (NIO)' },
      { code: 'IMMEDIATE_RESPONSE_TEAMS', label: 'Contingent immediate response teams' },
      { code: 'COMMAND_ACCOUNTABILITY', label: 'Command responsibility for conduct' },
      { code: 'VICTIM_ASSISTANCE', label: 'Victim-centred approach and victim assistance' },
      { code: 'MILITARY_JUSTICE', label: 'Military justice and accountability' },
    ],
    [Category.SAFETY_AND_SECURITY]: [
      { code: 'FORCE_PROTECTION', label: 'Force protection and camp defence' },
      { code: 'EXPLOSIVE_HAZARD_AWARENESS', label: 'Explosive hazard awareness training (EHAT)' },
      { code: 'SSAFE', label: 'Safe and Secure Approaches in Field Environments (SSAFE)' },
      { code: 'ROAD_SAFETY', label: 'Road safety and accident prevention' },
      { code: 'FIRE_SAFETY', label: 'Fire safety' },
      { code: 'OCCUPATIONAL_SAFETY', label: 'Occupational safety and health' },
      { code: 'PERSONAL_PROTECTIVE_EQUIPMENT', label: 'Body armour, helmets and protective kit' },
    ],
    [Category.ENGINEERING]: [
      { code: 'FIELD_DEFENCES', label: 'Field defences and force protection works' },
      { code: 'HORIZONTAL_CONSTRUCTION', label: 'Horizontal engineering (roads, airfields)' },
      { code: 'VERTICAL_CONSTRUCTION', label: 'Vertical engineering (camp construction)' },
      { code: 'HEAVY_EQUIPMENT_OPERATORS', label: 'Heavy engineering equipment operators' },
      { code: 'EOD', label: 'Explosive ordnance disposal (EOD)' },
      { code: 'WATER_PURIFICATION', label: 'Water production and purification' },
      { code: 'BRIDGING', label: 'Bridging and gap crossing' },
      { code: 'POWER_GENERATION', label: 'Power generation and renewable energy' },
      { code: 'ENVIRONMENTAL_MANAGEMENT', label: 'Environmental management (waste, wastewater)' },
    ],
    [Category.LOGISTICS]: [
      {
        code: 'CONTINGENT_OWNED_EQUIPMENT',
        label: 'Contingent-owned equipment (COE) management and MOU compliance',
      },
      { code: 'SELF_SUSTAINMENT', label: 'Self-sustainment' },
      { code: 'MAINTENANCE_AND_REPAIR', label: 'Vehicle and equipment maintenance' },
      { code: 'SUPPLY_CHAIN', label: 'Supply chain and warehouse management' },
      { code: 'FUEL_MANAGEMENT', label: 'Fuel management' },
      { code: 'MOVEMENT_CONTROL', label: 'Movement control (MOVCON)' },
      { code: 'RATIONS_MANAGEMENT', label: 'Rations management and food safety' },
      { code: 'LOAD_PLANNING', label: 'Strategic deployment and load planning' },
    ],
    [Category.AVIATION]: [
      { code: 'MILITARY_UTILITY_HELICOPTER', label: 'Military utility helicopter unit' },
      { code: 'ARMED_HELICOPTER', label: 'Armed helicopter operations' },
      { code: 'NVG_FLYING', label: 'Night vision goggle (NVG) flying' },
      { code: 'AVIATION_SAFETY', label: 'Aviation safety management' },
      { code: 'AVIATION_MAINTENANCE', label: 'Aircraft maintenance engineering' },
      { code: 'HELICOPTER_LANDING_SITES', label: 'Helicopter landing site operations' },
      { code: 'AIR_OPERATIONS_PLANNING', label: 'Air operations planning and tasking' },
    ],
    [Category.OTHER]: [
      { code: 'TRAINING_OF_TRAINERS', label: 'Training of trainers (ToT)' },
      {
        code: 'PEACEKEEPING_TRAINING_CENTRE',
        label: 'Institutional support to national peacekeeping training centres',
      },
      { code: 'LANGUAGE_TRAINING', label: 'Mission language training (English, French, Arabic)' },
      { code: 'CIMIC', label: 'Civil-military coordination (CIMIC)' },
      {
        code: 'STRATEGIC_COMMUNICATIONS',
        label: 'Strategic communications and countering mis/disinformation',
      },
      { code: 'DDR_SUPPORT', label: 'Disarmament, demobilization and reintegration support' },
      { code: 'RAPID_DEPLOYMENT', label: 'Rapid deployment readiness (PCRS)' },
    ],
  });

const CODES_BY_CATEGORY: ReadonlyMap<Category, ReadonlySet<string>> = new Map(
  (Object.keys(CAPABILITY_CATALOGUE) as Category[]).map((category) => [
    category,
    new Set(CAPABILITY_CATALOGUE[category].map((capability) => capability.code)),
  ]),
);

/** Whether the catalogue lists this capability code under this category. */
export function isCatalogued(category: Category, code: string): boolean {
  return CODES_BY_CATEGORY.get(category)?.has(code) ?? false;
}
