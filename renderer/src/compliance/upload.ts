// Sends a file's bytes to the core in chunks the API carries (the renderer never touches the file system), then asks
// the core to check and store them. A chunk refused at the wrong offset resumes from the offset the core names.
import { UPLOAD_CHUNK_BYTES } from '../../../shared/compliance-calls';
import type { CallInput } from '../../../shared/contract';
import type { RegionCode } from '../../../shared/domain';
import type { StoredRevision } from '../../../shared/compliance-types';
import { api, ApiError } from '../api';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface AttachTarget {
  region: RegionCode;
  evidenceId: string | null;
  title: string | null;
  validUntil: string | null;
  resultId: string | null;
}

export async function uploadEvidence(file: File, target: AttachTarget): Promise<StoredRevision> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const uploadId = `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  let offset = 0;
  while (offset < bytes.length) {
    try {
      ({ received: offset } = await api('compliance.uploadChunk', { uploadId, offset, base64: base64(bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES)) }));
    } catch (failure) {
      const have = failure instanceof ApiError && failure.error.field === 'offset' ? /offset (\d+)/.exec(failure.message)?.[1] : undefined;
      if (have === undefined) throw failure;
      offset = Number(have);
    }
  }
  const input: CallInput<'compliance.attachEvidence'> = { uploadId, fileName: file.name, ...target };
  return api('compliance.attachEvidence', input);
}
