/** Temperatures as the clinic's country reads them: Fahrenheit first in the US, Celsius first elsewhere, always both. */

/** °C to °F, to one decimal: 38.0 → 100.4, 38.5 → 101.3. */
export function celsiusToFahrenheit(celsius: number): number {
  return Math.round((celsius * 9) / 5 * 10 + 320) / 10;
}

/** Countries whose people read the weather and a thermometer in °F. */
const FAHRENHEIT_FIRST = new Set(['US']);

/** "100.4 °F (38.0 °C)" in the US, "38.0 °C (100.4 °F)" elsewhere; one decimal each. */
export function temperatureText(celsius: number, region: string): string {
  const c = `${celsius.toFixed(1)} °C`;
  const f = `${celsiusToFahrenheit(celsius).toFixed(1)} °F`;
  return FAHRENHEIT_FIRST.has(region) ? `${f} (${c})` : `${c} (${f})`;
}
