import { type Actor } from '@app/request-context';

import { type User } from './user.entity';

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    memberState: user.memberStateIso3,
  };
}
