import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { type FastifyReply } from 'fastify';

import { DomainError, ErrorCode } from '@app/common';

import { ExportsBusyError } from './export.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Errors of the export routes as JSON: `{ statusCode, error, code, message, field? }`, with the
 * status of the domain error's code (400 naming the parameter, 401, 403, 404). The API's global
 * filter hands domain errors back to GraphQL, which a plain route cannot use. Once a download
 * has started nothing can be said any more: the response is cut short instead.
 */
@Catch()
export class ExportErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Export');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent || reply.raw.headersSent) {
      reply.raw.destroy();
      return;
    }
    let status = 500;
    let body: Record<string, unknown>;
    if (error instanceof DomainError) {
      status = STATUS[error.code] ?? 400;
      body = {
        code: error.code,
        message: error.message,
        ...(error.field ? { field: error.field } : {}),
        ...(error.details?.retryAfterSeconds !== undefined
          ? { retryAfterSeconds: error.details.retryAfterSeconds }
          : {}),
      };
      if (status === 401) reply.header('www-authenticate', 'Bearer realm="lcm-match"');
    } else if (error instanceof ExportsBusyError) {
      status = 503;
      body = { code: 'EXPORTS_BUSY', message: error.message };
      reply.header('retry-after', '5');
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      body = { code: REASON[status]?.toUpperCase().replace(/ /g, '_'), message: error.message };
    } else {
      this.logger.error(`Export failed: ${(error as Error).message}`, (error as Error).stack);
      body = { code: 'INTERNAL_SERVER_ERROR', message: 'The export failed; see the API log' };
    }
    void reply
      .code(status)
      .header('cache-control', 'no-store')
      .send({ statusCode: status, error: REASON[status] ?? 'Error', ...body });
  }
}
