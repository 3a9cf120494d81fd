import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { enableGracefulShutdown } from '@app/common';
import { AppConfig, EnvironmentError, logLevelsUpTo, validateEnvironment } from '@app/config';

import { createApiApp } from './create-api-app';
import { GRAPHQL_PATH } from './graphql/graphql-options.factory';

async function bootstrap(): Promise<void> {
  const environment = validateEnvironment(process.env);
  const app = await createApiApp({ logger: logLevelsUpTo(environment.LOG_LEVEL) });
  // On SIGTERM: refuse new connections, answer the requests in flight, close pools, exit 0.
  enableGracefulShutdown(app, 'Api');
  const config = app.get(AppConfig);
  await app.listen(config.port, '0.0.0.0');
  Logger.log(`GraphQL API ready at http://localhost:${config.port}${GRAPHQL_PATH}`, 'Api');
}

bootstrap().catch((error: Error) => {
  Logger.error(error instanceof EnvironmentError ? error.message : error.stack, 'Api');
  process.exit(1);
});
