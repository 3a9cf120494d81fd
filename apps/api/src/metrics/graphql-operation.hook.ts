import { type FastifyReply } from 'fastify';
import { type DocumentNode } from 'graphql';

import { OperationLabels } from '@app/metrics';

import { labelOperation } from './graphql-request-metrics';

/**
 * Mercurius preExecution hook naming each request's operation for the metrics (the document is
 * parsed and valid by then; requests refused earlier keep the unknown label). Labels are bounded
 * per application.
 */
export function operationLabeller() {
  const labels = new OperationLabels();
  return (_schema: unknown, document: DocumentNode, context: { reply?: FastifyReply }): void => {
    const request = context.reply?.request;
    if (!request) return;
    const params = (request.method === 'GET' ? request.query : request.body) as
      { operationName?: unknown } | undefined;
    labelOperation(request, labels.of(document, params?.operationName));
  };
}
