/**
 * The browser half of what the planner and the staff tool share: filling the
 * slots that ./index's markup leaves, and reading the settings each server
 * part hands its script. Plain DOM calls and pure logic only, so the bundles
 * static-export/postbuild/page-scripts.mjs makes stay a few KB.
 */
export { clearFieldError, fillPreparationTimes, fillScanToOpen, showFieldError } from './fill-times';
export { isText, isTimeZone, isWords, parseObject, readRules } from './read-settings';
export { readDateTimeStyle } from '@/lib/format/date-time';
