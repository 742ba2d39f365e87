/** Customer credit grading's face (客户ABC信用等级评定, seed002 客户管理制度3): what other features may import. */
export { creditHandlers } from './handlers';
export { creditHistoryOf } from './credit-history';
export { monthlyCreditChecks, monthlyExecutionEvaluations, monthlySupervisorReports } from './credit-cadence';
export { creditMonthlyHandlers } from './monthly-handlers';
