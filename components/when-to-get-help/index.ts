export { WhenToGetHelp } from './WhenToGetHelp';
