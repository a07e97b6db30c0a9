export { WhenToCall } from './WhenToCall';
