export { AfterSedation } from './AfterSedation';
