/** Organisation profiles (issue 17): what other features may use. */
export { applicableTemplates, catalogProfiles, findProfile, siteProfile } from './profile-catalog';
export { applyPublishedProfile, requireProfile, setSiteProfile } from './profile-service';
export { profileHandlers } from './profile-handlers';
