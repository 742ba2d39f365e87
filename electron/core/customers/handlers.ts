import { ApiError } from '../../../shared/api/errors';
import { customerSchemeFor, type CustomerScheme } from '../../../shared/domain/customer-vocabulary';
import { hasPermission } from '../../../shared/domain/roles';
import { requireUser, type CallContext } from '../context';
import type { ReadDb } from '../db/handles';
import { registerClearedFields } from '../privacy/register';
import { addFollowUp, createCustomer, customerFile, flagCustomer, flaggedCustomers, getCustomer, searchCustomers, updateCustomer } from './customers';
import { customerHistory } from './history';
import { mergeCustomers } from './merge';
import { readSite } from '../site/site';
import type { HandlersOf } from '../handlers/handler';

/** The customer scheme the site's rule pack chooses (shared/domain/customer-vocabulary.ts). */
export function siteCustomerScheme(db: ReadDb): CustomerScheme {
  const site = readSite(db);
  if (!site) throw new ApiError('CONFLICT', '本机尚未初始化 / store not set up');
  return customerSchemeFor(site.rulePack);
}

function fileOrNotFound(ctx: CallContext, id: string) {
  const file = customerFile(ctx.core.store.read, id);
  if (!file) throw new ApiError('NOT_FOUND', `找不到该客户档案 / no customer ${id}`);
  return file;
}

export const customerHandlers: HandlersOf<
  'customers.search' | 'customers.get' | 'customers.history' | 'customers.create' | 'customers.update' | 'customers.flag' | 'customers.addFollowUp' | 'customers.flagged' | 'customers.merge'
> = {
  'customers.search': (ctx, input) => searchCustomers(ctx.core.store.read, input.query, input.limit),

  'customers.get': (ctx, input) => fileOrNotFound(ctx, input.id),

  'customers.history': (ctx, input) => {
    const history = customerHistory(ctx.core.store.read, input.id, input.page);
    if (!history) throw new ApiError('NOT_FOUND', `找不到该客户档案 / no customer ${input.id}`);
    return history;
  },

  'customers.create': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => createCustomer(tx, input, siteCustomerScheme(tx), user.id, ctx.core.now()));
  },

  'customers.update': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => {
      const before = getCustomer(tx, input.id);
      const after = updateCustomer(tx, input, siteCustomerScheme(tx), user.id, at);
      if (before) registerClearedFields(tx, { at, user, customerId: input.id, before, after });
      return after;
    });
  },

  'customers.flag': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => flagCustomer(tx, input, user.id, ctx.core.now()));
  },

  'customers.addFollowUp': (ctx, input) => {
    const user = requireUser(ctx);
    const actor = { id: user.id, mayFlag: hasPermission(user.roles, 'customer.flag') };
    ctx.core.store.transaction((tx) => addFollowUp(tx, input, actor, ctx.core.now()));
    return fileOrNotFound(ctx, input.id);
  },

  'customers.flagged': (ctx) => flaggedCustomers(ctx.core.store.read),

  'customers.merge': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => mergeCustomers(tx, input, user.id, ctx.core.now()));
  },
};
