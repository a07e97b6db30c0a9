import { render } from '@testing-library/react';
import { CheckUpDays, DressingDays, FeverTemperature, FlushInterval, HeavyLiftingDays } from './AftercareValues';

// The default clinic gives no aftercare block, so these are the defaults.
it.each([
  ['DressingDays', <DressingDays lang="en" key="d" />, '3 days'],
  ['CheckUpDays', <CheckUpDays lang="en" key="c" />, '7 to 10 days'],
  ['FeverTemperature', <FeverTemperature lang="en" key="f" />, '100.4 °F (38.0 °C)'],
  ['HeavyLiftingDays', <HeavyLiftingDays lang="en" key="h" />, '7 days'],
  ['FlushInterval', <FlushInterval lang="en" key="w" />, 'every 4 weeks'],
  ['FlushInterval in Spanish', <FlushInterval key="we" lang="es" />, 'cada 4 semanas'],
])('<%s /> shows the default clinic value in words', (_name, element, text) => {
  expect(render(<p>{element}</p>).container.textContent).toBe(text);
});
