import { Module } from '@nestjs/common';

import { HealthController, HealthModule } from '@app/health';

/** GET /health/live and /health/ready. */
@Module({
  imports: [HealthModule],
  controllers: [HealthController],
})
export class ApiHealthModule {}
