/** The organisation's own roles and routes per class (issue 23 item 1): the mapping, the checks, the approvals. */
export { procedureHandlers } from './handlers';
export { actionsOnRoute, checkApprovals, checkHandOver, routeContext, routeDecision, whoMay, wrongRole, type RouteContext } from './route';
export { routeView } from './route-view';
