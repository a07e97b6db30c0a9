export { PortPartsDiagram } from './PortPartsDiagram';
