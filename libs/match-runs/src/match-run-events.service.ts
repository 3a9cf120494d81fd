import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { QueueEvents } from 'bullmq';
import { type Redis } from 'ioredis';
import { type FastifyInstance } from 'fastify';
import { type PubSub, type SubscriptionContext } from 'mercurius';

import { isUuid, NotFoundError } from '@app/common';
import { AppConfig } from '@app/config';
import { closeConsumer, consumerClient, logQueueErrors, QueueName } from '@app/queue';

import {
  followRun,
  MATCH_RUNS_TOPIC,
  matchRunTopic,
  reportedProgress,
  stateOf,
  withReportedProgress,
} from './match-run-events';
import { type MatchRun } from './match-run.entity';
import { type MatchRunProgress } from './jobs/matching-jobs';
import { MatchRunsService } from './match-runs.service';

/** Runs whose last published state is remembered (to publish each state once). */
const REMEMBERED_RUNS = 1_000;

/**
 * Pushes match runs to GraphQL subscribers as the worker advances them. The worker is another
 * process: its job events ('active', 'progress', 'completed', 'failed') reach this one through
 * BullMQ's QueueEvents (a Redis stream), and each event reloads the run's row and publishes it on
 * Mercurius' pubsub. Every API instance reads every event, so each serves its own subscribers.
 */
@Injectable()
export class MatchRunEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MatchRunEventsService.name);
  private queueEvents?: QueueEvents;
  private queueEventsClient?: Redis;
  /** Per run, the reload under way: one run's events are handled one after another, in order. */
  private readonly pending = new Map<string, Promise<void>>();
  /** Per run, the state last published: an event that changed nothing publishes nothing. */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly config: AppConfig,
    private readonly runs: MatchRunsService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    // A consumer's connection (QueueEvents blocks on XREAD): it waits for Redis and reconnects
    // as fast as the workers do. Not awaited: the API starts while Redis is down, and ioredis
    // connects when it is back. The client is this service's, so that a shutdown can stop it
    // even if Redis was never reached (closeConsumer).
    this.queueEventsClient = consumerClient(this.config);
    const events = new QueueEvents(QueueName.MATCHING, {
      connection: this.queueEventsClient,
      prefix: this.config.queuePrefix,
    });
    logQueueErrors(events, this.logger);
    events.on('active', ({ jobId }) => this.refresh(jobId));
    events.on('progress', ({ jobId, data }) => this.refresh(jobId, reportedProgress(data)));
    events.on('completed', ({ jobId }) => this.refresh(jobId));
    events.on('failed', ({ jobId }) => this.refresh(jobId));
    // A queued run cancelled before a worker took it: its job is removed.
    events.on('removed', ({ jobId }) => this.refresh(jobId));
    this.queueEvents = events;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.queueEvents && this.queueEventsClient) {
      await closeConsumer(this.queueEvents, this.queueEventsClient);
    }
    await Promise.all(this.pending.values());
  }

  /**
   * The stream of `matchRunUpdated(id)`: the run's current state at once, then each change,
   * ending once it is SUCCEEDED, FAILED or CANCELLED. An unknown id is NOT_FOUND.
   */
  async follow(id: string, subscription: SubscriptionContext): Promise<AsyncIterable<MatchRun>> {
    // Subscribe before reading the row, so that no update falls between the two.
    const updates = await subscription.subscribe<MatchRun>(matchRunTopic(id));
    try {
      const run = isUuid(id) ? await this.runs.findRun(id) : null;
      if (!run) throw new NotFoundError('MatchRun', id, 'id');
      return followRun(run, updates);
    } catch (error) {
      subscription.close();
      throw error;
    }
  }

  /** The stream of `matchRunsUpdated`: every change of every run from now on. */
  followAll(subscription: SubscriptionContext): Promise<AsyncIterable<MatchRun>> {
    return subscription.subscribe<MatchRun>(MATCH_RUNS_TOPIC);
  }

  private refresh(jobId: string, reported?: MatchRunProgress): void {
    // Job id = run id for every match run job; anything else names no run.
    if (!isUuid(jobId)) return;
    const next = (this.pending.get(jobId) ?? Promise.resolve())
      .then(() => this.publish(jobId, reported))
      .catch((error: Error) =>
        this.logger.warn(`Could not push match run ${jobId}: ${error.message}`),
      );
    this.pending.set(jobId, next);
    void next.finally(() => {
      if (this.pending.get(jobId) === next) this.pending.delete(jobId);
    });
  }

  private async publish(runId: string, reported?: MatchRunProgress): Promise<void> {
    const pubsub = this.pubsub();
    if (!pubsub) return;
    const row = await this.runs.findRun(runId);
    // An automatic run's row is written once its job is active: the next event finds it.
    if (!row) return;
    const run = withReportedProgress(row, reported);
    const state = stateOf(run);
    if (this.published.get(runId) === state) return;
    this.remember(runId, state);
    for (const topic of [matchRunTopic(runId), MATCH_RUNS_TOPIC]) {
      await new Promise<void>((resolve) => pubsub.publish({ topic, payload: run }, resolve));
    }
  }

  private remember(runId: string, state: string): void {
    this.published.delete(runId);
    this.published.set(runId, state);
    if (this.published.size > REMEMBERED_RUNS) {
      this.published.delete(this.published.keys().next().value as string);
    }
  }

  /** Mercurius' pubsub, once GraphQL subscriptions are registered on the HTTP server. */
  private pubsub(): PubSub | undefined {
    return this.adapterHost.httpAdapter?.getInstance<FastifyInstance>().graphql?.pubsub;
  }
}
