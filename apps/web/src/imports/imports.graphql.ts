import { graphql } from '../graphql/generated';

/** The answer of an import or of its dry run: every refused row, what was (or would be) done. */
export const ImportResultFields = graphql(`
  fragment ImportResultFields on ImportResult {
    rows
    imported
    skipped
    skippedLines
    wouldImport
    dryRun
    ids
    errors {
      line
      column
      reason
      code
      rule
      args
    }
  }
`);

export const ImportGapsMutation = graphql(`
  mutation ImportGaps($file: Upload!, $dryRun: Boolean!) {
    importGaps(file: $file, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

export const ImportOffersMutation = graphql(`
  mutation ImportOffers($file: Upload!, $dryRun: Boolean!) {
    importOffers(file: $file, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

export const ImportRequirementsMutation = graphql(`
  mutation ImportMinisterialRequirements($file: Upload!, $dryRun: Boolean!) {
    importMinisterialRequirements(file: $file, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);
