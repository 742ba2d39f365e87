/** Risk classes of credit customers (seed000 第二篇)'s face: what other features may import. */
export { riskClassHandlers } from './handlers';
export { riskClassHistoryOf } from './history';
export { meetingHistoryOf, meetingsAbout, type CustomerMeeting } from './customer-meetings';
export { customerRisk } from './service';
export { riskMeetingHandlers } from './meetings-handlers';
export { monthlyMeetings } from './meetings';
