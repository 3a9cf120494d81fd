import { Badge, type CSSVariablesResolver, createTheme, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { Provider as GraphQLProvider } from 'urql';

import { createGraphQLClient } from '../graphql/client';
import { router } from './routes';

const theme = createTheme({
  primaryColor: 'blue',
  // Filled buttons and badges with white text at WCAG AA contrast (shade 6 gives 3.5:1).
  primaryShade: 8,
  defaultRadius: 'sm',
  components: {
    // A status or priority badge in a narrow table column keeps its whole label.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

/** Dimmed text dark enough for WCAG AA contrast on white and on gray.0 (axe: color-contrast). */
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

export function App() {
  const { i18n } = useTranslation();
  const client = useMemo(() => createGraphQLClient(), []);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariables}>
      <DatesProvider settings={{ locale: i18n.resolvedLanguage === 'fr' ? 'fr' : 'en' }}>
        <Notifications position="bottom-right" autoClose={4000} />
        <GraphQLProvider value={client}>
          <RouterProvider router={router} />
        </GraphQLProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
