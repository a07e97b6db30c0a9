export { FlushReminder } from './FlushReminder';
