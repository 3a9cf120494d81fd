import { Box } from '@mantine/core';
import { type ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen; focusable so a keyboard can scroll it
 * (axe: scrollable-region-focusable), as the dashboard's tables do.
 */
export function ScrollableTable({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <Box tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
