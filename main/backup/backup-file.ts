/**
 * A backup file: "LOBBYBK1", the header's length, the header (JSON: when, which schema, the
 * public and wrapped private key, the ephemeral key and IV), the header's SHA-256, then the
 * encrypted database and its GCM tag. The header is authenticated by GCM as well; its hash lets a
 * damaged header be told from a wrong passphrase.
 */
import { createHash } from 'node:crypto';
import { DamagedBackup, type WrappedKey } from './backup-crypto';

const magic = Buffer.from('LOBBYBK1');

export interface BackupHeader {
  format: 1;
  number: number;
  createdAt: string;
  schema: number;
  recipient: string;
  wrapped: WrappedKey;
  ephemeral: string;
  iv: string;
}

export function headerBytes(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([magic, length, json]);
}

export function writeBackup(header: Buffer, sealed: Buffer): Buffer {
  return Buffer.concat([header, createHash('sha256').update(header).digest(), sealed]);
}

export function readBackup(bytes: Buffer): {
  header: BackupHeader;
  headerBytes: Buffer;
  sealed: Buffer;
} {
  if (bytes.length < 12 || !bytes.subarray(0, 8).equals(magic))
    throw new DamagedBackup('not a Lobby backup');
  const length = bytes.readUInt32BE(8);
  if (length > 1_000_000 || bytes.length < 12 + length + 32 + 16)
    throw new DamagedBackup('cut short');
  const head = bytes.subarray(0, 12 + length);
  const hash = bytes.subarray(12 + length, 12 + length + 32);
  if (!createHash('sha256').update(head).digest().equals(hash)) throw new DamagedBackup('header');
  let header: BackupHeader;
  try {
    header = JSON.parse(head.subarray(12).toString('utf8')) as BackupHeader;
  } catch {
    throw new DamagedBackup('header');
  }
  if (header.format !== 1) throw new DamagedBackup(`unknown format ${String(header.format)}`);
  return { header, headerBytes: head, sealed: bytes.subarray(12 + length + 32) };
}
