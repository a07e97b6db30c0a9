export { PatientJourney, journeySteps } from './PatientJourney';
