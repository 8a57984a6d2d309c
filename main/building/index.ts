/** What other parts of Lobby may use of the building feature. */
export {
  buildingService,
  recordFinished,
  screenImports,
  type BuildingService,
  type ScreenImports,
} from './building-service';
export { importJobs, importWorkerLimits, type ImportJobs } from './import-jobs';
export { watchedFolder, type WatchedFolder } from './watched-folder';
export { ImportProblem, rejectionOf } from '../tables/problems';
