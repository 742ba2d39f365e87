/** Customer files' face (客户档案, issue 19 §1): what other features may import. */
export { customerHandlers, siteCustomerScheme } from './handlers';
export { createCustomer, customerSummary, getCustomer } from './customers';
