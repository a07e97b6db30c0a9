export { Diagram, DiagramLabel, paint } from './Diagram';
