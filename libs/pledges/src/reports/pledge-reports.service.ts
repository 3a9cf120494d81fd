import { Injectable } from '@nestjs/common';

import { AppConfig } from '@app/config';
import { DomainError, ErrorCode } from '@app/common';

import { type PledgeFollowUpReport } from './pledge-follow-up-report.model';
import { PledgeFollowUpReportQuery } from './pledge-follow-up-report.query';
import { type PledgeReportArgs } from './pledge-report.args';
import { type MinisterialPledgeReport } from './pledge-requirements-report.model';
import { PledgeRequirementsReportQuery } from './pledge-requirements-report.query';
import { type PublicPledgeSummaryRow } from './public-pledge-summary.model';
import { PublicPledgeSummaryQuery } from './public-pledge-summary.query';

/** The public summary when PUBLIC_PLEDGE_SUMMARY=false: as if it did not exist. */
export class PublicPledgeSummaryOffError extends DomainError {
  constructor() {
    super(
      ErrorCode.NOT_FOUND,
      'The public pledge summary is turned off on this server (PUBLIC_PLEDGE_SUMMARY=false)',
    );
  }
}

/** The pledge reports (issue 19 point 4): what the resolver and the exports call. */
@Injectable()
export class PledgeReportsService {
  constructor(
    private readonly config: AppConfig,
    private readonly requirements: PledgeRequirementsReportQuery,
    private readonly followUp: PledgeFollowUpReportQuery,
    private readonly publicSummary: PublicPledgeSummaryQuery,
  ) {}

  pledgeRequirements(args: PledgeReportArgs): Promise<MinisterialPledgeReport[]> {
    return this.requirements.run(args);
  }

  pledgeFollowUp(args: PledgeReportArgs): Promise<PledgeFollowUpReport> {
    return this.followUp.run(args);
  }

  /** NOT_FOUND when turned off, whoever asks. */
  publicPledgeSummary(): Promise<PublicPledgeSummaryRow[]> {
    if (!this.config.publicPledgeSummary) throw new PublicPledgeSummaryOffError();
    return this.publicSummary.run();
  }
}
