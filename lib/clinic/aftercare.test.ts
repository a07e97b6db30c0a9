import { celsiusToFahrenheit, dayOnTimelineText, dayRangeText, daysText, feverTemperatureText } from './aftercare';

it.each([
  [38.0, 100.4],
  [38.5, 101.3],
  [37.5, 99.5],
  [38.3, 100.9],
  [39.0, 102.2],
])('%s °C is %s °F', (celsius, fahrenheit) => {
  expect(celsiusToFahrenheit(celsius)).toBe(fahrenheit);
});

it('writes the fever line in both units with one decimal', () => {
  expect(feverTemperatureText({ feverCelsius: 38 })).toBe('100.4 °F (38.0 °C)');
  expect(feverTemperatureText({ feverCelsius: 38.5 })).toBe('101.3 °F (38.5 °C)');
});

it('writes day counts and ranges in words patients read', () => {
  expect(daysText(1, 'en')).toBe('1 day');
  expect(daysText(3, 'en')).toBe('3 days');
  expect(dayRangeText({ from: 7, to: 10 }, 'en')).toBe('7 to 10 days');
  expect(dayRangeText({ from: 7, to: 7 }, 'en')).toBe('7 days');
  expect(dayOnTimelineText({ from: 10, to: 14 }, 'en')).toBe('Day 10 to 14');
  expect(dayOnTimelineText({ from: 5, to: 5 }, 'en')).toBe('Day 5');
});
