import { registerEnumType } from '@nestjs/graphql';

/** What a coverage report groups the gaps by. */
export enum CoverageDimension {
  CATEGORY = 'CATEGORY',
  CAPABILITY = 'CAPABILITY',
  MISSION = 'MISSION',
  REGION = 'REGION',
  SUB_REGION = 'SUB_REGION',
  MEMBER_STATE = 'MEMBER_STATE',
  PRIORITY = 'PRIORITY',
}

registerEnumType(CoverageDimension, {
  name: 'CoverageDimension',
  valuesMap: {
    CATEGORY: { description: 'Gap category' },
    CAPABILITY: { description: 'Capability code within its category (key `CATEGORY/CODE`)' },
    MISSION: { description: 'Mission; gaps without one share the row with key null' },
    REGION: { description: "M49 region of the gap's T/PCC" },
    SUB_REGION: { description: "M49 sub-region of the gap's T/PCC" },
    MEMBER_STATE: { description: 'The T/PCC with the gap' },
    PRIORITY: { description: "The gap's priority (CRITICAL, HIGH, MEDIUM, LOW)" },
  },
});
