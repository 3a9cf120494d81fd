import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks for an optional reason before a step that ends something (cancelling a gap, withdrawing an
 * offer, declining a proposal): "Back" leaves it undone, the red button does it with the reason
 * typed (trimmed; none when blank). The reason typed belongs to `subject` (the record or item
 * the step is for): kept while the page shows it, blank for another.
 */
export function ReasonModal({
  opened,
  onClose,
  subject,
  title,
  reasonLabel,
  autoFocusReason = false,
  confirmLabel,
  confirming,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  subject: string | undefined;
  title: string;
  reasonLabel: string;
  autoFocusReason?: boolean;
  confirmLabel: string;
  confirming: boolean;
  onConfirm: (reason: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState({ subject, reason: '' });
  const reason = typed.subject === subject ? typed.reason : '';
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Textarea
          label={reasonLabel}
          value={reason}
          onChange={(event) => setTyped({ subject, reason: event.currentTarget.value })}
          autosize
          minRows={2}
          data-autofocus={autoFocusReason || undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.back')}
          </Button>
          <Button
            color="red"
            loading={confirming}
            onClick={() => onConfirm(reason.trim() || undefined)}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
