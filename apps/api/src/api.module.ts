import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';

import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { AppConfig, AppConfigModule } from '@app/config';
import { GapsModule } from '@app/gaps';
import { AutomaticMatchingModule, MatchRunsModule } from '@app/match-runs';
import { OffersModule } from '@app/offers';
import { PartnershipsModule } from '@app/partnerships';
import { CommentsModule } from '@app/comments';
import { NotificationsModule } from '@app/notifications';
import { PledgesModule } from '@app/pledges';
import { ReferenceDataModule } from '@app/reference-data';
import { ReportsModule } from '@app/reports';
import { RequestContextModule } from '@app/request-context';
import { DatabaseModule } from '@app/persistence';
import { SpreadsheetsModule } from '@app/spreadsheets';

import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql-options.factory';
import { ResponseCacheModule } from './graphql/response-cache/response-cache.module';
import { ApiHealthModule } from './health/api-health.module';
import { ApiMetricsModule } from './metrics/api-metrics.module';
import { QueueBoardModule } from './queue-board/queue-board.module';

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    RequestContextModule,
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [AppConfig],
      useFactory: graphqlOptions,
    }),
    AuthModule,
    ReferenceDataModule,
    GapsModule,
    OffersModule,
    MatchRunsModule,
    AutomaticMatchingModule,
    PartnershipsModule,
    CommentsModule,
    NotificationsModule,
    PledgesModule,
    AuditModule,
    ReportsModule,
    SpreadsheetsModule,
    ApiHealthModule,
    ApiMetricsModule,
    ResponseCacheModule,
    QueueBoardModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class ApiModule {}
