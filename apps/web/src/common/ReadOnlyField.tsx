import { Stack, Text } from '@mantine/core';
import { type ReactNode } from 'react';

/**
 * A form's value the user may not change (a gap's member state once logged, a donor's own state),
 * shown where its input would be, under the same label.
 */
export function ReadOnlyField({
  label,
  testId,
  children,
}: {
  label: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text data-testid={testId}>{children}</Text>
    </Stack>
  );
}
