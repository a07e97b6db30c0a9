export { InfectionSigns } from './InfectionSigns';
