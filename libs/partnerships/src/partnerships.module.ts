import { Module } from '@nestjs/common';

import { GapsModule } from '@app/gaps';
import { OffersModule } from '@app/offers';

import { PartnershipsResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';
import { ProposalResponsesResolver } from './proposal-responses.resolver';
import { ProposalResponsesService } from './proposal-responses.service';

/** Answers to proposals and the partnerships they become. */
@Module({
  imports: [GapsModule, OffersModule],
  providers: [
    ProposalResponsesService,
    ProposalResponsesResolver,
    PartnershipsService,
    PartnershipsResolver,
  ],
  exports: [ProposalResponsesService, PartnershipsService],
})
export class PartnershipsModule {}
