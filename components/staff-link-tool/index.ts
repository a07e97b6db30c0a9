export { StaffLinkTool } from './StaffLinkTool';
