import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { InjectQueue } from '@nestjs/bullmq';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type Queue } from 'bullmq';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

import { AuthModule } from '@app/auth';
import { QueueModule, QueueName } from '@app/queue';

import { QueueBoardAccessCheck } from './queue-board-access';

export const QUEUE_BOARD_PATH = '/admin/queues';

const REALM = 'Basic realm="lcm-match queues", charset="UTF-8"';

/**
 * Bull Board on the API's Fastify instance under /admin/queues, showing the matching queue (with
 * this deployment's QUEUE_PREFIX), for admins only (QueueBoardAccessCheck). Registered in
 * onModuleInit, before the app listens; its routes come after the API rate limit.
 */
@Module({
  imports: [AuthModule, QueueModule],
  providers: [QueueBoardAccessCheck],
})
export class QueueBoardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: QueueBoardAccessCheck,
    @InjectQueue(QueueName.MATCHING) private readonly matching: Queue,
  ) {}

  onModuleInit(): void {
    const board = new FastifyAdapter();
    board.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.matching)],
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'lcm-match queues' } },
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(
      async (scope) => {
        // In the enclosing scope, so it runs before every route of the board, assets included.
        scope.addHook('onRequest', (request, reply) => this.guard(request, reply));
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUE_BOARD_PATH },
    );
  }

  private async guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const access = await this.access.check(request.headers.authorization, request.ip);
    if (access.status === 200) return;
    reply.header('cache-control', 'no-store');
    if (access.status === 401) reply.header('www-authenticate', REALM);
    if (access.status === 429) reply.header('retry-after', String(access.retryAfterSeconds));
    const message = {
      401: 'Sign in as an admin (email and password, or Authorization: Bearer <access token>)',
      403: 'Only admins may see the queues',
      429: 'Too many failed sign-ins; try again later',
    }[access.status];
    await reply.code(access.status).send({ statusCode: access.status, message });
  }
}
