export { Sources, SOURCES_ID } from './Sources';
