// The side paths' own records (issue 23 item 3): the heat supply's stoppage notice and room temperature,
// the testing station's re-test and report withdrawal.
export { heatSupplyHandlers } from './heat-supply-handlers';
export { testReportHandlers } from './test-reports-handlers';
export { resultWithRetests } from './test-reports';
