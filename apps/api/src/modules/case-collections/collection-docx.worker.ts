import { collectionDocx, type CollectionDocxInput } from './collection-docx';

/**
 * Runs in a worker thread of the compilation pool (CollectionDocxPool): builds the 案例汇编 of
 * one edition. Nothing here may import Nest or the API's modules: the thread loads only this file,
 * collection-docx.ts, the docx library and Node.
 */
export default async function buildCollectionDocx(input: CollectionDocxInput): Promise<Uint8Array> {
  const buffer = await collectionDocx(input);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
