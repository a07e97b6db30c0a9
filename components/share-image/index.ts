export { SHARE_IMAGE_SIZE, shareImageResponse } from './ShareImage';
