import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { AppConfig } from '@app/config';

import { createApiApp } from './create-api-app';
import { GRAPHQL_PATH } from './graphql/graphql-options.factory';

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  const config = app.get(AppConfig);
  await app.listen(config.port, '0.0.0.0');
  Logger.log(`GraphQL API ready at http://localhost:${config.port}${GRAPHQL_PATH}`, 'Api');
}

void bootstrap();
