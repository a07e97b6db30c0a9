export { LanguageHelp } from './LanguageHelp';
