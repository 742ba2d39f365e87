/** The customers' opinion book (客户意见簿, seed002 客户管理制度4 第九条): entries, daily checks, answers, entries turned into complaints. */
export { opinionBookHandlers } from './handlers';
export { recordCheck, recordEntry } from './entries';
export { entryOfComplaint } from './opinion-book-repository';
