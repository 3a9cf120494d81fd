import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/** Exactly one of the two (checked by the service, which names the field). */
@ArgsType()
export class MatchDiagnosticsArgs {
  @Field(() => ID, { nullable: true, description: 'Explain this gap (give gapId or offerId)' })
  @IsOptional()
  @IsUUID()
  gapId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Explain this offer (give gapId or offerId)' })
  @IsOptional()
  @IsUUID()
  offerId?: string | null;
}
