import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

import { DiagnosisStatus } from './diagnosis-codes';
import { GapDiagnosis } from './gap-diagnosis.model';
import { OfferDiagnosis } from './offer-diagnosis.model';

@ObjectType({ description: 'Why a gap or an offer got what it got in the latest successful run' })
export class MatchDiagnostics {
  @Field(() => DiagnosisStatus) status: DiagnosisStatus;

  @Field(() => ID, { nullable: true, description: 'The latest successful run' })
  runId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true }) runFinishedAt: Date | null;

  @Field(() => Boolean, {
    description:
      'False when the data changed since the run so that its allocation no longer fits: a new run will differ',
  })
  consistent: boolean;

  @Field(() => [String], { description: 'Why it is not consistent, in English' })
  problems: string[];

  @Field(() => String, { description: 'One paragraph, in English' })
  summary: string;

  @Field(() => GapDiagnosis, { nullable: true, description: 'When asked for a gap' })
  gap: GapDiagnosis | null;

  @Field(() => OfferDiagnosis, { nullable: true, description: 'When asked for an offer' })
  offer: OfferDiagnosis | null;
}
