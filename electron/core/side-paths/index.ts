// The side paths' own records (issue 23 item 3): the heat supply's stoppage notice and room temperature.
export { heatSupplyHandlers } from './heat-supply-handlers';
