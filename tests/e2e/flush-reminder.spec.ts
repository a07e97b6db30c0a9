// The flush reminder on the default clinic's /using-your-port, in each of its
// languages, at phone and desktop width (tests/e2e/suites/flush-reminder.ts).
import { DEFAULT_CLINIC } from '../support/clinics';
import { flushReminderSuite } from './suites/flush-reminder';

flushReminderSuite(DEFAULT_CLINIC);
