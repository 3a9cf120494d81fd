import { Card, type MantineSpacing, Title, type TitleSize } from '@mantine/core';
import { type ReactNode } from 'react';

/** A bordered section of a page, named by its heading (an h2) for screen readers and tests. */
export function SectionCard({
  headingId,
  title,
  size = 'h3',
  headingGap,
  children,
}: {
  headingId: string;
  title: string;
  size?: TitleSize;
  headingGap?: MantineSpacing;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Title order={2} size={size} id={headingId} mb={headingGap}>
        {title}
      </Title>
      {children}
    </Card>
  );
}
