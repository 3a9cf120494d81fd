import { Controller, Get, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';

import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';

import { metricsAccess } from './metrics-access';

/**
 * GET /metrics in the Prometheus text format. A plain route: the GraphQL access guard does not
 * apply; METRICS_TOKEN does (metricsAccess).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  @Get()
  async scrape(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const access = metricsAccess(this.config, request.headers.authorization);
    if (access === 404) {
      await reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
      return;
    }
    if (access === 401) {
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="lcm-match metrics"')
        .send({ statusCode: 401, error: 'Unauthorized', message: 'Send the metrics token' });
      return;
    }
    const text = await this.metrics.scrape();
    await reply
      .header('content-type', this.metrics.contentType)
      .header('cache-control', 'no-store')
      .send(text);
  }
}
