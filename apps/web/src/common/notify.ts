import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/** A short confirmation; its close button is named for screen readers. */
export function notify(message: string, color = 'blue'): void {
  notifications.show({
    message,
    color,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}
