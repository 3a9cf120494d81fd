import { Button } from '@mantine/core';
import { type ReactNode } from 'react';

/** A table row's own small red button that takes the row away (unlink, remove). */
export function RowRemoveButton({
  loading,
  onClick,
  children,
}: {
  loading: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button size="xs" variant="subtle" color="red" loading={loading} onClick={onClick}>
      {children}
    </Button>
  );
}
