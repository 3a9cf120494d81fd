import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ConnectionType } from '@app/common';
import { Role } from '@app/domain';

import { Authorize, allow } from '@app/access';
import { Ctx, type RequestContext } from '@app/request-context';

import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { User } from './user.entity';
import { UsersService } from './users.service';

const UserConnection = ConnectionType(User, 'User');
const ADMINS = allow(Role.ADMIN);

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Authorize(ADMINS)
  @Query(() => UserConnection, { description: 'Accounts, newest first (admins)' })
  users(@Args() args: UsersArgs) {
    return this.usersService.list(args);
  }

  @Authorize(ADMINS)
  @Mutation(() => User, { description: 'Create an account (admins)' })
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(ctx, input);
  }

  @Authorize(ADMINS)
  @Mutation(() => User, {
    description:
      "Change a user's role, state, password or disable it; its tokens stop working (admins)",
  })
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.usersService.update(ctx, input);
  }
}
