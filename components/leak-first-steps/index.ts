export { LeakFirstSteps } from './LeakFirstSteps';
