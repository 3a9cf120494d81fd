import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { AuthService, type User, UsersService } from '@app/auth';
import { RateLimitedError, UnauthenticatedError } from '@app/common';
import { Role } from '@app/domain';

/** Whether a request may open the queue board, and if not, how to answer it. */
export type QueueBoardAccess =
  { status: 200 } | { status: 401 } | { status: 403 } | { status: 429; retryAfterSeconds: number };

/** Basic credentials verified recently, so the board's many requests are not argon2 each. */
const VERIFIED_TTL_MS = 5 * 60_000;
const MAX_VERIFIED = 100;

interface Verified {
  userId: string;
  tokenVersion: number;
  expiresAt: number;
}

/**
 * Admins only. A browser sends HTTP Basic (email and password of an active ADMIN, checked by the
 * same sign-in as `login`: login throttle, decoy hash, disabled accounts refused); tools may send
 * `Bearer <access token>` instead. Verified Basic credentials are remembered for a few minutes by
 * digest, and the account is still read on every request: disabling it, or changing its role or
 * password (which bumps its token version), ends its access at once.
 */
@Injectable()
export class QueueBoardAccessCheck {
  private readonly verified = new Map<string, Verified>();

  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  async check(authorization: string | undefined, address: string): Promise<QueueBoardAccess> {
    const [scheme = '', credentials = ''] = (authorization ?? '').split(' ', 2);
    try {
      let role: Role;
      if (/^bearer$/i.test(scheme)) role = (await this.auth.actorFor(credentials)).role;
      else if (/^basic$/i.test(scheme)) role = (await this.basic(credentials, address)).role;
      else return { status: 401 };
      return { status: role === Role.ADMIN ? 200 : 403 };
    } catch (error) {
      if (error instanceof RateLimitedError)
        return {
          status: 429,
          retryAfterSeconds: Number(error.details?.retryAfterSeconds ?? 60),
        };
      if (error instanceof UnauthenticatedError) return { status: 401 };
      throw error;
    }
  }

  private async basic(credentials: string, address: string): Promise<User> {
    const key = createHash('sha256').update(credentials).digest('base64');
    const remembered = this.verified.get(key);
    if (remembered && remembered.expiresAt > Date.now()) {
      const user = await this.users.findById(remembered.userId);
      if (user && !user.disabled && user.tokenVersion === remembered.tokenVersion) return user;
    }
    this.verified.delete(key);

    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1) throw new UnauthenticatedError();
    const { user } = await this.auth.login(
      decoded.slice(0, colon),
      decoded.slice(colon + 1),
      address,
    );
    // The oldest goes first when full (a Map iterates in insertion order).
    if (this.verified.size >= MAX_VERIFIED)
      this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(key, {
      userId: user.id,
      tokenVersion: user.tokenVersion,
      expiresAt: Date.now() + VERIFIED_TTL_MS,
    });
    return user;
  }
}
