import { createTheme, MantineProvider } from '@mantine/core';
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
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

export function App() {
  const { i18n } = useTranslation();
  const client = useMemo(() => createGraphQLClient(), []);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.resolvedLanguage === 'fr' ? 'fr' : 'en' }}>
        <Notifications position="top-right" />
        <GraphQLProvider value={client}>
          <RouterProvider router={router} />
        </GraphQLProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
