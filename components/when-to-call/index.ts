export { emergencySigns, feverRule, infectionSigns, WhenToCall } from './WhenToCall';
