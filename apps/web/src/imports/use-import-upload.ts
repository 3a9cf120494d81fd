import { useState } from 'react';
import { useClient } from 'urql';

import { apiErrorOf, type ApiError } from '../graphql/errors';
import { type ImportResultFieldsFragment } from '../graphql/generated/graphql';
import {
  ImportGapsMutation,
  ImportOffersMutation,
  ImportRequirementsMutation,
} from './imports.graphql';
import { type ImportKind } from './templates';
import { uploadFetch } from './upload-fetch';

export type ImportResult = ImportResultFieldsFragment;

/** Where a sent file is: going up (bytes known), or up and being checked by the server. */
export type UploadState =
  { phase: 'idle' } | { phase: 'uploading'; loaded: number; total: number } | { phase: 'checking' };

export interface ImportAnswer {
  result?: ImportResult;
  error?: ApiError;
}

/**
 * Sends a file to importGaps / importOffers (a GraphQL multipart request: urql sends a File
 * variable as multipart/form-data) and follows the upload. `dryRun` checks without writing.
 */
export function useImportUpload() {
  const client = useClient();
  const [upload, setUpload] = useState<UploadState>({ phase: 'idle' });

  const send = async (kind: ImportKind, file: File, dryRun: boolean): Promise<ImportAnswer> => {
    setUpload({ phase: 'uploading', loaded: 0, total: file.size });
    const context = {
      fetch: uploadFetch(({ loaded, total }) =>
        setUpload(loaded < total ? { phase: 'uploading', loaded, total } : { phase: 'checking' }),
      ),
    };
    try {
      if (kind === 'gaps') {
        const answer = await client
          .mutation(ImportGapsMutation, { file, dryRun }, context)
          .toPromise();
        return { result: answer.data?.importGaps, error: apiErrorOf(answer.error) };
      }
      if (kind === 'requirements') {
        const answer = await client
          .mutation(ImportRequirementsMutation, { file, dryRun }, context)
          .toPromise();
        return {
          result: answer.data?.importMinisterialRequirements,
          error: apiErrorOf(answer.error),
        };
      }
      const answer = await client
        .mutation(ImportOffersMutation, { file, dryRun }, context)
        .toPromise();
      return { result: answer.data?.importOffers, error: apiErrorOf(answer.error) };
    } finally {
      setUpload({ phase: 'idle' });
    }
  };

  return { upload, send };
}
