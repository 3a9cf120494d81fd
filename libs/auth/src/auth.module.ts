import { createSecretKey } from 'node:crypto';

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';

import { AppConfig } from '@app/config';
import { ReferenceDataModule } from '@app/reference-data';

import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccessGuard } from './authorization/access.guard';
import { LoginThrottle } from './login-throttle';
import { TokensService } from './tokens.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Accounts, sign-in and the access guard every GraphQL root field goes through. */
@Module({
  imports: [
    ReferenceDataModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A key object made once: given a string, jsonwebtoken first tries it as a PEM public key,
      // fails, then builds a secret key, on every sign and every verify.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
      }),
    }),
  ],
  providers: [
    UsersService,
    TokensService,
    LoginThrottle,
    AuthService,
    AuthResolver,
    UsersResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, AuthService, TokensService],
})
export class AuthModule {}

/** Accounts without HTTP (the CLI: first admin, demo users). */
@Module({
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
