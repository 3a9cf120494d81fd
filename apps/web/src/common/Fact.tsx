import { Text } from '@mantine/core';
import { type ReactNode } from 'react';

/** One labelled value of a record's page (a gap's T/PCC, an offer's window…). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {/* Long codes (WOMEN_POLICE_COMMAND_COURSE) wrap instead of running out of their column. */}
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </div>
  );
}
