/** What other features may use of uploads. */
export { uploadStore, type UploadStore } from './upload-store';
