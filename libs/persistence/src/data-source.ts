// Entry point of the TypeORM CLI (`npm run migration:*`): the same options as the application.
import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { validateEnvironment } from '@app/config';

import { createDataSourceOptions } from './data-source-options';

const environment = validateEnvironment(process.env);

export default new DataSource(
  createDataSourceOptions({ url: environment.DATABASE_URL, applicationName: 'lcm-match-cli' }),
);
