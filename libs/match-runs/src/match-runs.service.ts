import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type Queue } from 'bullmq';

import { JobName, type MatchRunJobData, QueueName } from '@app/queue';

import { type MatchRunTicket } from './match-run-ticket.model';

@Injectable()
export class MatchRunsService {
  constructor(@InjectQueue(QueueName.MATCHING) private readonly queue: Queue<MatchRunJobData>) {}

  async enqueue(requestedBy: string): Promise<MatchRunTicket> {
    const queuedAt = new Date();
    const job = await this.queue.add(JobName.MATCH_RUN, {
      requestedBy,
      requestedAt: queuedAt.toISOString(),
    });
    return { jobId: job.id ?? '', queuedAt };
  }
}
