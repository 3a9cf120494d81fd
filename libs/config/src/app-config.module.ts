import { Global, Module } from '@nestjs/common';

import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

/**
 * Reads and validates the environment when the application is created (not when this file is
 * imported), so a bad variable stops start-up with a message naming it.
 */
@Global()
@Module({
  providers: [
    { provide: AppConfig, useFactory: () => new AppConfig(validateEnvironment(process.env)) },
  ],
  exports: [AppConfig],
})
export class AppConfigModule {}
