export { Callout, calloutLevels, type CalloutLevel } from './Callout';
