/**
 * What the preparation planner and the staff link tool share: the list of a
 * patient's times, the "scan this code" slot and a field's error message as
 * server-rendered markup, and the clinic's values behind them. Their browser
 * scripts import the other half, the code that fills those slots, from
 * ./browser: this file's server parts read the clinic config from disk and
 * must never reach a browser bundle.
 */
export { plannerScriptWords, preparationPageUrl, preparationRules, timeZoneName } from './clinic-values';
export { FieldError } from './FieldError';
export { PreparationTimes, ScanToOpen } from './PreparationTimes';
