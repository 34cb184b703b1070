// Puts a file the seed made into Strapi's media library through the upload plugin's own service, so
// that it is stored by the configured provider (DATA_DIR/cms/public/uploads with the local one) and
// gets a database row that a media field can point at.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export interface UploadedFile {
  id: number;
  documentId: string;
  name: string;
  url: string;
  mime: string;
}

/** What the upload service needs of a file (the shape formidable gives it for a multipart request). */
interface InputFile {
  filepath: string;
  originalFilename: string;
  mimetype: string;
  size: number;
}

interface UploadService {
  upload(input: { data: { fileInfo: Record<string, unknown> }; files: InputFile }): Promise<UploadedFile[]>;
  remove(file: UploadedFile): Promise<unknown>;
}

const uploadService = (strapi: Core.Strapi) => strapi.plugin('upload').service('upload') as unknown as UploadService;

/** Stores `bytes` as a file named `fileName` in the media library and returns its row. */
export async function uploadFile(
  strapi: Core.Strapi,
  file: { bytes: Uint8Array; fileName: string; mime: string; alternativeText?: string; caption?: string },
): Promise<UploadedFile> {
  const folder = await mkdtemp(path.join(tmpdir(), 'skb-seed-'));
  try {
    const filepath = path.join(folder, file.fileName);
    await writeFile(filepath, file.bytes);
    const [uploaded] = await uploadService(strapi).upload({
      data: {
        fileInfo: { name: file.fileName, alternativeText: file.alternativeText, caption: file.caption },
      },
      files: { filepath, originalFilename: file.fileName, mimetype: file.mime, size: file.bytes.length },
    });
    if (!uploaded) throw new Error(`upload of ${file.fileName} returned no file`);
    return uploaded;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Removes a file from the media library and from storage (for an entry that could not be created). */
export async function removeUploadedFile(strapi: Core.Strapi, file: UploadedFile): Promise<void> {
  await uploadService(strapi).remove(file);
}
