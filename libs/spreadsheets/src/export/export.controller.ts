import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';

import { ExportErrorFilter } from './export-error.filter';
import { ExportService } from './export.service';

/**
 * Downloads: GET /export/<list>.<csv|xlsx> (gaps, offers, proposals, partnerships) and
 * GET /export/reports/<report>.<csv|xlsx> (coverage, persistent-gaps, donor-summaries,
 * language-fit, partnership-outcomes), with `Authorization: Bearer <access token>`. Plain routes:
 * the GraphQL access guard does not apply, ExportService checks the token and the role, and the
 * API rate limit (a Fastify hook on every route) counts them as any request.
 */
@Controller('export')
@UseFilters(ExportErrorFilter)
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('reports/:file')
  report(
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.exports.send(`reports/${file}`, request, reply);
  }

  @Get(':file')
  list(
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.exports.send(file, request, reply);
  }
}
