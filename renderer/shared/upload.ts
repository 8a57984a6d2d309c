import type { ContractError, KioskApi } from '../../main/contract';

const chunkBytes = 4 * 1024 * 1024;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Sends a picked file to the kiosk service in 4 MB pieces; memory stays small on both sides. */
export async function uploadFile(
  api: KioskApi,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ uploadId: string } | { error: ContractError }> {
  let uploadId: string | null = null;
  for (let offset = 0; offset < file.size || uploadId === null; offset += chunkBytes) {
    const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    const result = await api.uploadChunk({
      uploadId,
      fileName: file.name,
      offset,
      base64: base64(bytes),
    });
    if (!result.ok) return { error: result.error };
    uploadId = result.value.uploadId;
    onProgress(file.size ? Math.min(1, (offset + bytes.length) / file.size) : 1);
    if (file.size === 0) break;
  }
  return { uploadId: uploadId! };
}
