export { SectionHeading, textOf } from './SectionHeading';
