import { Loader, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../i18n/format';
import { type UploadState } from './use-import-upload';

/**
 * The upload's bytes as a determinate bar; then, while the server reads and checks every row
 * (a large file takes a while), a busy indicator without a value, since none is known.
 */
export function UploadProgress({ upload }: { upload: UploadState }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (upload.phase === 'idle') return null;
  if (upload.phase === 'checking') {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{t('imports.progress.checking')}</Text>
      </Group>
    );
  }
  const percent = upload.total ? Math.round((upload.loaded / upload.total) * 100) : 0;
  return (
    <Stack gap={4}>
      <Progress value={percent} aria-label={t('imports.progress.uploading')} animated />
      <Text size="sm" role="status">
        {t('imports.progress.uploaded', {
          loaded: format.number(Math.round(upload.loaded / 1024)),
          total: format.number(Math.round(upload.total / 1024)),
        })}
      </Text>
    </Stack>
  );
}
