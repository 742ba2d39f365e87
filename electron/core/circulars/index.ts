/** Weekly circulars and monthly assessments derived from checklist results (每周通报、每月考核): what other features and the dispatcher import. */
export { circularHandlers } from './handlers';
