import { Button, Table } from '@mantine/core';
import { type ReactNode } from 'react';

/**
 * A table row's last cell: its own small red button that takes the row away (unlink, remove)
 * through one mutation, and tells the table only when the API accepted.
 */
export function RowRemoveCell({
  loading,
  remove,
  onRemoved,
  children,
}: {
  loading: boolean;
  remove: () => Promise<{ error?: unknown }>;
  onRemoved: () => void;
  children: ReactNode;
}) {
  return (
    <Table.Td>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        loading={loading}
        onClick={async () => {
          const result = await remove();
          if (!result.error) onRemoved();
        }}
      >
        {children}
      </Button>
    </Table.Td>
  );
}
