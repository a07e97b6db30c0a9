export { EmergencySigns } from './EmergencySigns';
