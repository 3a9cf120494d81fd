import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ALL_ROLES } from '@app/domain';

import { Authorize, allow, Public } from '@app/access';
import { Ctx, type RequestContext } from '@app/request-context';

import { AuthPayload } from './auth-payload.model';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { RefreshTokenInput } from './dto/refresh-token.input';
import { SetPreferredLanguageInput } from './dto/set-preferred-language.input';
import { User } from './user.entity';
import { UsersService } from './users.service';

interface HttpContext {
  reply?: { request: { ip?: string } };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Sign in: an access token (short-lived) and a refresh token',
  })
  login(@Args('input') input: LoginInput, @Context() context: HttpContext): Promise<AuthPayload> {
    return this.auth.login(input.email, input.password, context.reply?.request.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'New tokens for a valid refresh token (refused once the user changed or was disabled)',
  })
  refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Authorize(allow(...ALL_ROLES))
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() ctx: RequestContext): Promise<User> {
    return (await this.users.findById(ctx.requireActor().userId))!;
  }

  @Authorize(allow(...ALL_ROLES))
  @Mutation(() => User, {
    description: "Keep the signed-in user's interface language (en or fr), used at each sign-in",
  })
  setPreferredLanguage(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetPreferredLanguageInput,
  ): Promise<User> {
    return this.users.setPreferredLanguage(ctx, input.language);
  }
}
