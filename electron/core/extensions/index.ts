/** Extensions of a case's time limit (篇6 第十八条 approval, 第二十七条 the customer's consent; seed004 §P lead time). */
export { decideExtension, extensionsOfComplaint, requestExtension } from './extension-service';
