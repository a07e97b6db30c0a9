export { BleedingAdvice } from './BleedingAdvice';
