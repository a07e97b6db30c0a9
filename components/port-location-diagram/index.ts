export { PortLocationDiagram } from './PortLocationDiagram';
