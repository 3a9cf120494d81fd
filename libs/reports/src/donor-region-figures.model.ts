import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The donor's partnerships by the recipient T/PCC's M49 region" })
export class DonorRegionFigures {
  @Field(() => String)
  regionCode: string;

  @Field(() => String)
  regionName: string;

  @Field(() => Int)
  partnerships: number;

  @Field(() => Int)
  allocated: number;

  @Field(() => Int)
  delivered: number;
}
