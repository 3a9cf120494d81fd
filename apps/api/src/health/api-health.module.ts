import { Module } from '@nestjs/common';

import { HealthModule } from '@app/health';

import { HealthController } from './health.controller';

/** GET /health/live and /health/ready. */
@Module({
  imports: [HealthModule],
  controllers: [HealthController],
})
export class ApiHealthModule {}
