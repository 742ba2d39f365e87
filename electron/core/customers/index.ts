/** Customer files' face (客户档案, issue 19 §1): what other features may import. */
export { customerHandlers, siteCustomerScheme } from './handlers';
export { createCustomer, customerPhoneOf, customerSummary, getCustomer } from './customers';
export { addFollowUp, flagCustomer, type CustomerInput } from './customers';
