export { MIN_SECTIONS, TableOfContents } from './TableOfContents';
