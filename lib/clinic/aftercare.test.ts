import { dayOnTimelineText, dayRangeText, daysText, feverTemperatureText } from './aftercare';
import { celsiusToFahrenheit } from '@/lib/format/temperature';

it.each([
  [38.0, 100.4],
  [38.5, 101.3],
  [37.5, 99.5],
  [38.3, 100.9],
  [39.0, 102.2],
])('%s °C is %s °F', (celsius, fahrenheit) => {
  expect(celsiusToFahrenheit(celsius)).toBe(fahrenheit);
});

it('writes the fever line in both units with one decimal, the country\'s own first', () => {
  const clinic = (country: string, feverCelsius: number, locale?: string) =>
    ({ address: { country }, aftercare: { feverCelsius }, ...(locale ? { locale } : {}) }) as Parameters<typeof feverTemperatureText>[0];
  expect(feverTemperatureText(clinic('US', 38), 'en')).toBe('100.4 °F (38.0 °C)');
  expect(feverTemperatureText(clinic('US', 38.5), 'es')).toBe('101.3 °F (38.5 °C)');
  expect(feverTemperatureText(clinic('GB', 38), 'en')).toBe('38.0 °C (100.4 °F)');
  expect(feverTemperatureText(clinic('US', 38, 'en-CA'), 'en')).toBe('38.0 °C (100.4 °F)');
});

it('writes day counts and ranges in words patients read', () => {
  expect(daysText(1, 'en')).toBe('1 day');
  expect(daysText(3, 'en')).toBe('3 days');
  expect(dayRangeText({ from: 7, to: 10 }, 'en')).toBe('7 to 10 days');
  expect(dayRangeText({ from: 7, to: 7 }, 'en')).toBe('7 days');
  expect(dayOnTimelineText({ from: 10, to: 14 }, 'en')).toBe('Day 10 to 14');
  expect(dayOnTimelineText({ from: 5, to: 5 }, 'en')).toBe('Day 5');
});
