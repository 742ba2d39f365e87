import { z } from 'zod';
import { apiContract, isApiMethod, type ApiMethod } from '../../shared/api/contract';
import { parsingAt } from '../../shared/api/common';
import { ApiError, errorReasonSchema, type FieldIssue } from '../../shared/api/errors';
import type { Language, RequestEnvelope, ResponseEnvelope } from '../../shared/api/envelope';
import { hasPermission } from '../../shared/domain/roles';
import type { CallContext, CoreContext } from './context';
import { handlers } from './handlers';
import { maskPersonalFields } from '../../shared/privacy/mask';
import { UNMASKED_METHODS } from './privacy/mask';
import type { Handler } from './handlers/handler';
import { readSite, DEFAULT_IDLE_SIGN_OUT_MINUTES } from './site/site';
import { findUserById } from './users/users';

const LOCALE_ERRORS: Record<Language, z.core.$ZodErrorMap> = {
  'zh-CN': z.locales.zhCN().localeError,
  en: z.locales.en().localeError,
};

export type Dispatch = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

/**
 * The single entry point behind every transport (Electron IPC, browser-mode
 * HTTP): look up the method, parse its input, check who may call it, run the
 * handler, check its output. Nothing reaches a handler unparsed.
 */
export function createDispatcher(core: CoreContext, log: (message: string, error: unknown) => void = console.error): Dispatch {
  return async (envelope) => {
    try {
      return { ok: true, value: await run(core, envelope) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      log(`[dispatch] ${envelope.method} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: '内部错误，已记录 / internal error, logged' } };
    }
  };
}

async function run(core: CoreContext, envelope: RequestEnvelope): Promise<unknown> {
  const { method } = envelope;
  if (!isApiMethod(method)) throw new ApiError('NOT_FOUND', `未知的接口 / unknown method: ${method}`);
  const definition = apiContract[method];

  const ctx: CallContext = { core, user: null, sessionToken: envelope.session };
  if (envelope.session) {
    const idle = readSite(core.store.read)?.idleSignOutMinutes ?? DEFAULT_IDLE_SIGN_OUT_MINUTES;
    const userId = core.sessions.touch(envelope.session, idle);
    const user = userId ? findUserById(core.store.read, userId) : null;
    ctx.user = user && user.active ? user : null;
  }
  if (definition.access !== 'public') {
    if (!ctx.user) throw new ApiError('UNAUTHENTICATED', '请先登录（或因长时间未操作已自动退出）/ please sign in');
    if (definition.access !== 'signed-in' && !hasPermission(ctx.user.roles, definition.access)) {
      throw new ApiError('FORBIDDEN', `当前用户无权执行此操作 / not allowed: ${method}`);
    }
  }

  // "Not in the future" is judged by the core's clock, as every write's time is.
  const parsed = parsingAt(core.now(), () => definition.input.safeParse(envelope.input === undefined ? {} : envelope.input, { error: LOCALE_ERRORS[envelope.lang ?? 'zh-CN'] }));
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    throw new ApiError('VALIDATION', `输入有误 / invalid input: ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`, issues);
  }

  const handler = handlers[method] as Handler<ApiMethod>;
  const output = await handler(ctx, parsed.data as never);
  // Output is checked too: a handler bug must not leak unexpected fields (e.g. a secret hash).
  const checked = definition.output.parse(output);
  // Personal fields leave the core masked, whatever the handler read (shared/privacy/mask.ts); privacy.reveal checks the right itself.
  return UNMASKED_METHODS.has(method) ? checked : maskPersonalFields(checked);
}

/** Zod's issues as field issues; a contract check's own reason (shared/api/common.ts) travels with its issue, for the renderer to translate. */
function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return flatIssues(error.issues).map(({ path, issue }) => {
    const reason = issue.code === 'custom' ? errorReasonSchema.safeParse(issue.params?.['reason']) : null;
    return { path: path.map(String).join('.'), message: issue.message, ...(reason?.success ? { reason: reason.data } : {}) };
  });
}

/**
 * Issues as the person can act on them: of a union no branch accepted, the
 * branch the input came closest to (fewest issues); of a record key or a set
 * element, the issue inside. Otherwise "invalid input" at the top would hide
 * which field was wrong.
 */
function flatIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; issue: z.core.$ZodIssue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
      return flatIssues(closest, path);
    }
    if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues.length > 0) return flatIssues(issue.issues, path);
    return [{ path, issue }];
  });
}
