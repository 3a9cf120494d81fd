import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../common/notify';
import { apiErrorOf, type ApiError } from '../graphql/errors';
import { type PledgeStatus } from '../graphql/generated/graphql';
import { ChangePledgeStatusMutation } from './pledges.graphql';

/**
 * One button per status the API says the pledge may move to next (`nextStatuses`), each asking
 * why. A refusal (someone moved the pledge meanwhile) goes to `onRefused`; nothing is kept.
 */
export function PledgeStatusActions({
  pledgeId,
  nextStatuses,
  onDone,
  onRefused,
}: {
  pledgeId: string;
  nextStatuses: PledgeStatus[];
  onDone: () => void;
  onRefused: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<PledgeStatus>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [changing, changeStatus] = useMutation(ChangePledgeStatusMutation);
  const close = () => {
    setTarget(undefined);
    setReason('');
    setReasonError(undefined);
  };
  const submit = async () => {
    if (!target) return;
    if (reason.trim().length < 3) {
      setReasonError(t('pledges.page.reasonTooShort'));
      return;
    }
    const result = await changeStatus({
      input: { id: pledgeId, status: target, reason: reason.trim() },
    });
    const error = apiErrorOf(result.error);
    if (error?.fields.reason) {
      setReasonError(error.fields.reason);
      return;
    }
    close();
    if (error) onRefused(error);
    else {
      notify(t('pledges.page.statusChanged', { status: t(`pledges.status.${target}`) }));
      onDone();
    }
  };
  if (!nextStatuses.length) return null;
  return (
    <>
      <Group gap="sm">
        {nextStatuses.map((status) => (
          <Button
            key={status}
            variant={status === 'WITHDRAWN' ? 'light' : 'filled'}
            color={status === 'WITHDRAWN' ? 'red' : undefined}
            onClick={() => setTarget(status)}
          >
            {t(`pledges.action.${status}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={target !== undefined}
        onClose={close}
        title={target ? t(`pledges.action.${target}`) : ''}
      >
        <Stack>
          <Textarea
            label={t('pledges.page.reason')}
            description={t('pledges.page.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            autosize
            minRows={2}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color={target === 'WITHDRAWN' ? 'red' : undefined}
              loading={changing.fetching}
              onClick={() => void submit()}
            >
              {t('pledges.page.confirmStatus')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
