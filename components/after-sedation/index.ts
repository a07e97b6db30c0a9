export { AfterSedation } from './AfterSedation';
export { HomeSameDay } from './HomeSameDay';
