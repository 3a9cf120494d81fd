import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { MATCHABLE_GAP_STATUSES, MATCHABLE_OFFER_STATUSES } from '@app/domain';
import { CapabilityGap } from '@app/gaps';
import { Offer } from '@app/offers';
import { type MatchRunJobData } from '@app/queue';

export interface MatchJobResult {
  openGaps: number;
  openOffers: number;
}

/**
 * What the worker does for a match run. For now it reads what matching would work on;
 * the matching engine plugs in here.
 */
@Injectable()
export class MatchJobService {
  private readonly logger = new Logger(MatchJobService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(data: MatchRunJobData): Promise<MatchJobResult> {
    const [openGaps, openOffers] = await Promise.all([
      this.dataSource
        .getRepository(CapabilityGap)
        .countBy({ status: In([...MATCHABLE_GAP_STATUSES]) }),
      this.dataSource.getRepository(Offer).countBy({ status: In([...MATCHABLE_OFFER_STATUSES]) }),
    ]);
    this.logger.log(
      `Match run requested by ${data.requestedBy} at ${data.requestedAt}: ${openGaps} open gaps, ${openOffers} open offers`,
    );
    return { openGaps, openOffers };
  }
}
