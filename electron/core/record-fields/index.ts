/** Record fields per organisation (shared/rules/record-fields-schema.ts): checked at their step, stored, read back. */
export { recordFieldsOfStep, recordFieldValuesOf, type RecordFieldsAtStep } from './record-fields';
export { RECORD_FIELDS_OF_COMPLAINT } from './record-fields-repository';
