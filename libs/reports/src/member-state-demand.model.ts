import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A T/PCC's demand on the map: its gaps' figures, with its M49 region. */
@ObjectType({ description: "A T/PCC's open demand (demand − confirmed), with its M49 region" })
export class MemberStateDemand {
  @Field(() => String, { description: 'ISO3 of the T/PCC' })
  memberStateIso3: string;

  @Field(() => String)
  memberStateName: string;

  @Field(() => String, { nullable: true, description: 'M49 region code, e.g. 002' })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;

  @Field(() => String, { nullable: true, description: 'M49 sub-region code, e.g. 014' })
  subRegionCode: string | null;

  @Field(() => String, { nullable: true })
  subRegionName: string | null;

  @Field(() => Int, { description: 'Gaps counted' })
  gaps: number;

  @Field(() => Int, { description: 'Σ gap quantity' })
  demand: number;

  @Field(() => Int, { description: 'Units in partnerships' })
  confirmed: number;

  @Field(() => Int, { description: 'Units in open proposals, as in coverageReport' })
  proposed: number;

  @Field(() => Int, { description: 'demand − confirmed − proposed, as in coverageReport' })
  unmet: number;

  @Field(() => Int, { description: 'Open demand: demand − confirmed (= proposed + unmet)' })
  open: number;
}
