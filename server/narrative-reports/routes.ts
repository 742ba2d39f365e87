import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CONSOLE_NARRATIVE_PATHS, narrativeListQuerySchema } from '../../shared/sync/console-narrative-api';
import type { AppDeps } from '../app';
import { parseBody } from '../http/errors';
import { consoleNarrativeList, consoleNarrativeVersion } from './service';
import { consoleCaseReportList } from './case-reports';
import { CONSOLE_CASE_REPORT_PATHS, caseReportListQuerySchema } from '../../shared/sync/console-case-reports-api';

const versionParams = z.object({ siteId: z.string().min(1).max(128), id: z.string().min(1).max(128) }).strict();

/** The console's narrative report list, its case reports, and one received version, inside its session scope (server/routes/console-routes.ts): staff only, never a site. */
export function registerConsoleNarrativeRoutes(staff: FastifyInstance, deps: AppDeps): void {
  staff.get(CONSOLE_NARRATIVE_PATHS.list, async (request) => consoleNarrativeList(deps.db, parseBody(narrativeListQuerySchema, request.query), deps.now()));
  // The case reports (专项报告) received: a period's, or one complaint's for its detail page.
  staff.get(CONSOLE_CASE_REPORT_PATHS.list, async (request) => consoleCaseReportList(deps.db, parseBody(caseReportListQuerySchema, request.query), deps.now()));
  staff.get(CONSOLE_NARRATIVE_PATHS.versionRoute, async (request) => {
    const { siteId, id } = parseBody(versionParams, request.params);
    return consoleNarrativeVersion(deps.db, siteId, id);
  });
}
