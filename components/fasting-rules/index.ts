export { FastingRules, hoursText } from './FastingRules';
