export { PreparationPlanner } from './PreparationPlanner';
export { LinkedTimes } from './LinkedTimes';
