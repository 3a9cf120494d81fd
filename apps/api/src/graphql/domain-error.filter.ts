import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';

import { DomainError } from '@app/common';

/**
 * Domain errors are expected outcomes (bad input, not found, conflict), not server faults: hand
 * them to GraphQL as they are, without Nest logging each one as an error with a stack trace.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
