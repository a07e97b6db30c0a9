export { PreparationPlanner } from './PreparationPlanner';
