export { ProcedureStep, ProcedureSteps } from './ProcedureSteps';
