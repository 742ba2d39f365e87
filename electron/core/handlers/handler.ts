import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { CallContext } from '../context';

export type Handler<M extends ApiMethod> = (ctx: CallContext, input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;

export type HandlersOf<M extends ApiMethod> = { [K in M]: Handler<K> };
