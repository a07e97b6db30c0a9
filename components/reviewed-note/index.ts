export { formatReviewedDate, ReviewedNote } from './ReviewedNote';
