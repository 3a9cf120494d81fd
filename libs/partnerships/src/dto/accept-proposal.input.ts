import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { ProposalSide } from '@app/domain';

registerEnumType(ProposalSide, {
  name: 'ProposalSide',
  description: 'TPCC: the member state with the gap; DONOR: the member state making the offer',
});

@InputType()
export class AcceptProposalInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ProposalSide, {
    nullable: true,
    description:
      "Which party answers: a DONOR's or TPCC's own side by default; coordinators must say",
  })
  @IsOptional()
  @IsEnum(ProposalSide)
  side?: ProposalSide | null;
}
