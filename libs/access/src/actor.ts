import { type Role } from '@app/domain';

/** The signed-in user a request acts as. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  memberState: string | null;
}
