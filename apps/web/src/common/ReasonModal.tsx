import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Asks for an optional reason before a step that ends something (cancelling a gap, withdrawing an
 * offer, declining a proposal): "Back" leaves it undone, the red button does it.
 */
export function ReasonModal({
  opened,
  onClose,
  title,
  reasonLabel,
  reason,
  onReasonChange,
  autoFocusReason = false,
  confirmLabel,
  confirming,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  reasonLabel: string;
  reason: string;
  onReasonChange: (reason: string) => void;
  autoFocusReason?: boolean;
  confirmLabel: string;
  confirming: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Textarea
          label={reasonLabel}
          value={reason}
          onChange={(event) => onReasonChange(event.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus={autoFocusReason || undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.back')}
          </Button>
          <Button color="red" loading={confirming} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
