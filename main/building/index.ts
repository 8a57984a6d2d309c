/** What other parts of Lobby may use of the building feature. */
export {
  buildingService,
  screenImports,
  type BuildingService,
  type ScreenImports,
} from './building-service';
export { importJobs, importWorkerLimits, type ImportJobs } from './import-jobs';
export { watchedFolder, type WatchedFolder } from './watched-folder';
export { folderImports } from './folder-imports';
export { cardNumberFor } from './card-rules';
export { ImportProblem, rejectionOf } from '../tables/problems';
