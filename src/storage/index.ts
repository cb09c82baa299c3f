export { DATABASE_NAME, openDatabase, summarize, type FlowlaneDatabase } from './db';
export { AUTO_SNAPSHOT_LIMIT, DexieRepository, MANUAL_SNAPSHOT_LIMIT } from './dexieRepository';
export * from './records';
export * from './repository';
export * from './browserStorage';
export * from './rescueCopies';
