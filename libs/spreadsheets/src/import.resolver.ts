import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type FileUpload, GraphQLUpload } from 'graphql-upload-minimal';

import { allow, Authorize } from '@app/access';
import { BadInputError } from '@app/common';
import { Role } from '@app/domain';
import { GapPolicy } from '@app/gaps';
import { Ctx, type RequestContext } from '@app/request-context';

import { ImportResult } from './import-result.model';
import { type ImportFile } from './import.service';
import { ImportService } from './import.service';

/** Coordinators import gaps; coordinators and donors import offers (a donor: its own only). */
export const ImportPolicy = {
  gaps: GapPolicy.change,
  // Which rows a donor may import is the rule of createOffer, checked row by row by the service.
  offers: allow(Role.COORDINATOR, Role.DONOR),
};

/** Reads an upload in full; graphql-upload-minimal stops it past IMPORT_MAX_BYTES. */
async function readUpload(upload: unknown): Promise<ImportFile> {
  const file = (await upload) as FileUpload;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of file.createReadStream()) chunks.push(chunk as Buffer);
  } catch (error) {
    throw new BadInputError('file', `file: ${(error as Error).message}`);
  }
  return { filename: file.filename, mimetype: file.mimetype, content: Buffer.concat(chunks) };
}

/**
 * File imports over GraphQL multipart requests (the graphql-multipart-request spec:
 * `operations`, `map`, then the file). The one argument is the file, as an `Upload`.
 */
@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Authorize(ImportPolicy.gaps)
  @Mutation(() => ImportResult, {
    description:
      'Import gaps from a CSV or XLSX file (templates/gaps-template.*): all rows or none',
  })
  async importGaps(
    @Ctx() ctx: RequestContext,
    // `unknown`: the value is a promise of the upload, which the validation pipe must leave alone.
    @Args('file', { type: () => GraphQLUpload }) file: unknown,
  ): Promise<ImportResult> {
    return this.imports.importGaps(ctx, await readUpload(file));
  }

  @Authorize(ImportPolicy.offers)
  @Mutation(() => ImportResult, {
    description:
      'Import offers from a CSV or XLSX file (templates/offers-template.*): all rows or none; a donor only its own',
  })
  async importOffers(
    @Ctx() ctx: RequestContext,
    @Args('file', { type: () => GraphQLUpload }) file: unknown,
  ): Promise<ImportResult> {
    return this.imports.importOffers(ctx, await readUpload(file));
  }
}
