/** Risk classes of credit customers (seed000 第二篇)'s face: what other features may import. */
export { riskClassHandlers } from './handlers';
export { customerRisk } from './service';
