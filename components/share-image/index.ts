export { shareImageResponse } from './ShareImage';
