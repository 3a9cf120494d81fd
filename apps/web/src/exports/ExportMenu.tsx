import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { notify } from '../common/notify';
import { downloadExport, ExportError, type ExportFormat } from './download-export';
import { exportParamsOf, type ListFilter } from './export-params';

const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/**
 * "Export" → CSV / XLSX of a register with its current filter: the file holds the rows the
 * register shows (all pages), as the API's export gives them.
 */
export function ExportMenu({ list, filter }: { list: 'gaps' | 'offers'; filter: ListFilter }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const download = async (format: ExportFormat) => {
    setBusy(true);
    try {
      await downloadExport(list, format, exportParamsOf(filter));
    } catch (error) {
      const code = error instanceof ExportError ? error.code : 'INTERNAL_SERVER_ERROR';
      notify(t([`exports.error.${code}`, `errors.${code}`]), 'red');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('exports.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('exports.filtered')}</Menu.Label>
        {FORMATS.map((format) => (
          <Menu.Item key={format} onClick={() => void download(format)}>
            {t(`exports.format.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
