export { LanguageLink } from './LanguageLink';
