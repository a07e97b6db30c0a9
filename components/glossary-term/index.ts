export { GlossaryTerm, glossaryHref } from './GlossaryTerm';
