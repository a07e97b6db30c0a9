export { navItems, SiteHeader } from './SiteHeader';
