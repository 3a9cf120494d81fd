import { Injectable } from '@nestjs/common';

import { UnauthenticatedError } from '@app/common';

import { type Actor } from '@app/request-context';

import { actorOf } from './actor';
import { type AuthPayload } from './auth-payload.model';
import { LoginThrottle } from './login-throttle';
import { decoy, verifyPassword } from './passwords';
import { TokensService } from './tokens.service';
import { type User } from './user.entity';
import { UsersService } from './users.service';

const WRONG_CREDENTIALS = 'Wrong email or password';

/** A checked access token's actor, and what its check read besides (UsersService.findForToken). */
export interface TokenCheck {
  actor: Actor;
  referenceVersion: string;
}

interface TokenClaims {
  userId: string;
  version: number;
}

/** The token's user, if it is still enabled and the token not revoked since. */
function checkedUser(token: TokenClaims, user: User | null): User {
  if (!user || user.disabled || user.tokenVersion !== token.version) {
    throw new UnauthenticatedError('This token has been revoked; sign in again');
  }
  return user;
}

/** Sign-in, token refresh, and turning an access token back into an actor. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(email: string, password: string, address: string): Promise<AuthPayload> {
    const normalised = email.toLowerCase();
    await this.throttle.assertAllowed(normalised, address);
    const user = await this.users.findByEmail(normalised);
    // Verify against a decoy when the account is unknown: the same work, the same answer.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
    if (!user || !valid || user.disabled) {
      await this.throttle.recordFailure(normalised, address);
      throw new UnauthenticatedError(
        user?.disabled && valid ? 'This account is disabled' : WRONG_CREDENTIALS,
      );
    }
    await this.throttle.recordSuccess(normalised);
    await this.users.recordLogin(user.id);
    return { ...this.tokens.issue(user), user };
  }

  async refresh(refreshToken: string): Promise<AuthPayload> {
    const user = await this.currentUser(this.tokens.verify(refreshToken, 'refresh'));
    return { ...this.tokens.issue(user), user };
  }

  /** The actor of a bearer access token; UNAUTHENTICATED if it is bad, old or the user disabled. */
  async actorFor(accessToken: string): Promise<Actor> {
    return (await this.checkToken(accessToken)).actor;
  }

  /** actorFor, and the reference tables' version read in the same statement. */
  async checkToken(accessToken: string): Promise<TokenCheck> {
    const token = this.tokens.verify(accessToken, 'access');
    const { user, referenceVersion } = (await this.users.findForToken(token.userId)) ?? {
      user: null,
      referenceVersion: '',
    };
    return { actor: actorOf(checkedUser(token, user)), referenceVersion };
  }

  private async currentUser(token: TokenClaims): Promise<User> {
    return checkedUser(token, await this.users.findById(token.userId));
  }
}
