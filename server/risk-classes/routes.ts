import type { FastifyInstance } from 'fastify';
import { CONSOLE_CREDIT_MONTHLY_PATHS, creditMonthlyQuerySchema } from '../../shared/sync/console-credit-monthly-api';
import { CONSOLE_RISK_MEETING_PATHS, riskMeetingListQuerySchema } from '../../shared/sync/console-risk-meetings-api';
import { CONSOLE_CREDIT_PATHS, CONSOLE_RISK_PATHS, creditGradingListQuerySchema, riskClassListQuerySchema } from '../../shared/sync/console-risk-api';
import type { AppDeps } from '../app';
import { parseBody } from '../http/errors';
import { consoleCreditList } from './credit';
import { consoleCreditMonth } from './credit-monthly';
import { consoleRiskMeetings } from './meetings';
import { consoleRiskList } from './service';

/** The console's risk-class and credit-grading lists, the risk meetings of a period and the month's credit records, inside its session scope (server/routes/console-routes.ts): staff only, read-only, masked by the scope's hook. */
export function registerConsoleRiskRoutes(staff: FastifyInstance, deps: AppDeps): void {
  staff.get(CONSOLE_RISK_PATHS.list, async (request) => consoleRiskList(deps.db, parseBody(riskClassListQuerySchema, request.query)));
  staff.get(CONSOLE_CREDIT_PATHS.list, async (request) => consoleCreditList(deps.db, parseBody(creditGradingListQuerySchema, request.query), deps.now()));
  staff.get(CONSOLE_RISK_MEETING_PATHS.list, async (request) => consoleRiskMeetings(deps.db, parseBody(riskMeetingListQuerySchema, request.query), deps.now()));
  staff.get(CONSOLE_CREDIT_MONTHLY_PATHS.month, async (request) => consoleCreditMonth(deps.db, parseBody(creditMonthlyQuerySchema, request.query)));
}
