import { Module } from '@nestjs/common';

import { APP_READINESS_CHECKS, HealthController, HealthModule } from '@app/health';
import { SmtpHealthIndicator, SmtpHealthModule } from '@app/notifications';

/**
 * GET /health/live and /health/ready; ready also reports the SMTP server, as degraded (still
 * up) while it cannot be reached: notification e-mails wait in the outbox meanwhile.
 */
@Module({
  imports: [HealthModule, SmtpHealthModule],
  controllers: [HealthController],
  providers: [
    {
      provide: APP_READINESS_CHECKS,
      inject: [SmtpHealthIndicator],
      useFactory: (smtp: SmtpHealthIndicator) => [() => smtp.check('smtp')],
    },
  ],
})
export class ApiHealthModule {}
