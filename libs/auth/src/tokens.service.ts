import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { UnauthenticatedError } from '@app/common';
import { AppConfig } from '@app/config';

import { type User } from './user.entity';

type TokenType = 'access' | 'refresh';

interface TokenClaims {
  sub: string;
  typ: TokenType;
  /** The user's tokenVersion when issued: a newer version revokes the token. */
  ver: number;
}

export interface VerifiedToken {
  userId: string;
  version: number;
}

/** Signed, expiring JWTs (HS256 with JWT_SECRET): short access tokens, longer refresh tokens. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  issue(user: User): { accessToken: string; refreshToken: string; expiresIn: number } {
    return {
      accessToken: this.sign(user, 'access', this.config.accessTokenTtlSeconds),
      refreshToken: this.sign(user, 'refresh', this.config.refreshTokenTtlSeconds),
      expiresIn: this.config.accessTokenTtlSeconds,
    };
  }

  /** Checks signature, expiry and type; any failure is UNAUTHENTICATED, never a stack trace. */
  verify(token: string, type: TokenType): VerifiedToken {
    let claims: TokenClaims;
    try {
      // The key is the JwtModule's (auth.module.ts), made from JWT_SECRET.
      claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(
        expired ? `The ${type} token has expired` : `The ${type} token is not valid`,
      );
    }
    if (claims.typ !== type) {
      const expected = type === 'access' ? 'an access' : 'a refresh';
      throw new UnauthenticatedError(`Expected ${expected} token, got another kind`);
    }
    return { userId: claims.sub, version: claims.ver };
  }

  private sign(user: User, type: TokenType, ttlSeconds: number): string {
    const claims: TokenClaims = { sub: user.id, typ: type, ver: user.tokenVersion };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: ttlSeconds,
    });
  }
}
