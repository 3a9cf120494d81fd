import '@mantine/core/styles.css';

import { Container, MantineProvider, Text } from '@mantine/core';
import i18next from 'i18next';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

import { initI18n } from '../../i18n/i18n';
import { type MapFigures, type MapMode, OpenDemandMap } from '.';

// Development only (preview.html): sample figures, Singapore and Mauritius as dots, Malta at 0.
const SAMPLE: Record<MapMode, MapFigures> = {
  demand: {
    BGD: 340,
    NPL: 210,
    IND: 180,
    PAK: 150,
    RWA: 120,
    ETH: 90,
    GHA: 60,
    SEN: 45,
    TCD: 30,
    FJI: 12,
    URY: 8,
    MUS: 5,
  },
  capacity: {
    USA: 400,
    GBR: 220,
    DEU: 180,
    FRA: 150,
    JPN: 130,
    CHN: 110,
    NOR: 90,
    NLD: 60,
    SGP: 40,
    MLT: 0,
  },
};

function Preview() {
  const params = new URLSearchParams(window.location.search);
  const [mode, setMode] = useState<MapMode>(
    params.get('mode') === 'capacity' ? 'capacity' : 'demand',
  );
  const [selected, setSelected] = useState<string | null>(params.get('selected'));
  const values = params.has('empty') ? {} : params.has('loading') ? undefined : SAMPLE[mode];
  return (
    <Container size="lg" py="md">
      <OpenDemandMap
        mode={mode}
        onModeChange={setMode}
        values={values}
        selectedIso3={selected}
        onSelectCountry={setSelected}
      />
      <Text size="sm" data-testid="selected">
        {selected}
      </Text>
    </Container>
  );
}

initI18n();
const lang = new URLSearchParams(window.location.search).get('lang') ?? 'en';
void i18next.changeLanguage(lang).then(() => {
  document.documentElement.lang = lang;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider>
        <Preview />
      </MantineProvider>
    </StrictMode>,
  );
});
