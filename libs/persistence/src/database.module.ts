import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AppConfig } from '@app/config';

import { createDataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        createDataSourceOptions({ url: config.databaseUrl, poolSize: config.databasePoolSize }),
    }),
  ],
})
export class DatabaseModule {}
