/**
 * Checklist templates: the catalog of versions this site can use (shipped and
 * published) and head office's editor (drafts, publishing). What other
 * features and the dispatcher import.
 */
export { checklistTemplateHandlers } from './handlers';
export { appliesHere, findCatalogTemplate, newestTemplates, siteTemplates } from './catalog';
