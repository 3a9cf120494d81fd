import { Module } from '@nestjs/common';

import { GapsModule } from '@app/gaps';
import { OffersModule } from '@app/offers';

import {
  DuplicatedSupportResolver,
  ProposalDuplicationResolver,
} from './duplicates/duplicated-support.resolver';
import { DuplicatedSupportService } from './duplicates/duplicated-support.service';
import { PartnershipResultsResolver } from './partnership-results.resolver';
import { PartnershipResultsService } from './partnership-results.service';
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
    PartnershipResultsService,
    PartnershipResultsResolver,
    DuplicatedSupportService,
    DuplicatedSupportResolver,
    ProposalDuplicationResolver,
  ],
  exports: [
    ProposalResponsesService,
    PartnershipsService,
    PartnershipResultsService,
    DuplicatedSupportService,
  ],
})
export class PartnershipsModule {}
