import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The actions on a gap or an offer its editors get while it is live: edit, open a draft, and the
 * red step that ends it (cancel, withdraw), which asks for a reason first.
 */
export function RecordActions({
  editPath,
  draft,
  openLabel,
  opening,
  onOpen,
  endLabel,
  onEnd,
}: {
  editPath: string;
  draft: boolean;
  openLabel: string;
  opening: boolean;
  onOpen: () => void;
  endLabel: string;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button component={Link} to={editPath} variant="default">
        {t('common.edit')}
      </Button>
      {draft && (
        <Button loading={opening} onClick={onOpen}>
          {openLabel}
        </Button>
      )}
      <Button color="red" variant="light" onClick={onEnd}>
        {endLabel}
      </Button>
    </Group>
  );
}
