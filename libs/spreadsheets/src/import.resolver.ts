import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type FileUpload, GraphQLUpload } from 'graphql-upload-minimal';

import { allow, Authorize } from '@app/access';
import { BadInputError } from '@app/common';
import { Role } from '@app/domain';
import { GapPolicy } from '@app/gaps';
import { PledgePolicy } from '@app/pledges';
import { Ctx, type RequestContext } from '@app/request-context';

import { ImportResult } from './import-result.model';
import { type ImportFile } from './import.service';
import { ImportService } from './import.service';

/**
 * Coordinators import gaps and requirement lists; coordinators and donors import offers (a
 * donor: its own only).
 */
export const ImportPolicy = {
  gaps: GapPolicy.change,
  // Which rows a donor may import is the rule of createOffer, checked row by row by the service.
  offers: allow(Role.COORDINATOR, Role.DONOR),
  // Requirement lists are kept by coordinators (addMinisterialRequirement's rule).
  requirements: PledgePolicy.ministerials,
};

/** `dryRun: true` checks every row in the transaction, then rolls it back. */
const DRY_RUN = {
  type: () => Boolean,
  defaultValue: false,
  description:
    'Check every row as the import does (in its transaction), report errors and what would be imported or skipped, then roll back: nothing is written',
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
    @Args('dryRun', DRY_RUN) dryRun: boolean,
  ): Promise<ImportResult> {
    return this.imports.importGaps(ctx, await readUpload(file), dryRun);
  }

  @Authorize(ImportPolicy.offers)
  @Mutation(() => ImportResult, {
    description:
      'Import offers from a CSV or XLSX file (templates/offers-template.*): all rows or none; a donor only its own',
  })
  async importOffers(
    @Ctx() ctx: RequestContext,
    @Args('file', { type: () => GraphQLUpload }) file: unknown,
    @Args('dryRun', DRY_RUN) dryRun: boolean,
  ): Promise<ImportResult> {
    return this.imports.importOffers(ctx, await readUpload(file), dryRun);
  }

  @Authorize(ImportPolicy.requirements)
  @Mutation(() => ImportResult, {
    description:
      "Import lines of Ministerials' requirement lists from a CSV or XLSX file (templates/ministerial-requirements-template.*): all rows or none",
  })
  async importMinisterialRequirements(
    @Ctx() ctx: RequestContext,
    @Args('file', { type: () => GraphQLUpload }) file: unknown,
    @Args('dryRun', DRY_RUN) dryRun: boolean,
  ): Promise<ImportResult> {
    return this.imports.importRequirements(ctx, await readUpload(file), dryRun);
  }
}
