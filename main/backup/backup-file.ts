/**
 * A backup file: "LOBBYBK1", the header's length, the header (JSON: when, which schema, the
 * public and wrapped private key, the ephemeral key and IV, the head of the audit chain), the
 * header's SHA-256, then the encrypted database and its GCM tag, and (format 2) the kiosk's
 * Ed25519 signature over everything before it. The header is authenticated by GCM as well; its
 * hash lets a damaged header be told from a wrong passphrase.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { DamagedBackup, type WrappedKey } from './backup-crypto';

const magic = Buffer.from('LOBBYBK1');

export interface BackupHeader {
  /** 1: unsigned (before signatures); 2: signed. */
  format: 1 | 2;
  number: number;
  createdAt: string;
  schema: number;
  recipient: string;
  wrapped: WrappedKey;
  ephemeral: string;
  iv: string;
  /** The audit chain's head when the backup was taken: an anchor outside the database. */
  auditHead?: { lastId: number; lastHash: string } | null;
}

const signatureBytes = 64;

export function headerBytes(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([magic, length, json]);
}

/** The bytes a signature covers: header, its hash, the sealed database. */
export function signedPart(header: Buffer, sealed: Buffer): Buffer {
  return Buffer.concat([header, createHash('sha256').update(header).digest(), sealed]);
}

export function writeBackup(signed: Buffer, signature: Buffer): Buffer {
  return Buffer.concat([signed, signature]);
}

export function readBackup(bytes: Buffer): {
  header: BackupHeader;
  headerBytes: Buffer;
  sealed: Buffer;
  /** What the signature covers, and the signature; null for an unsigned (format 1) backup. */
  signed: { bytes: Buffer; signature: Buffer } | null;
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
  if (header.format !== 1 && header.format !== 2)
    throw new DamagedBackup(`unknown format ${String(header.format)}`);
  const body = bytes.subarray(12 + length + 32);
  if (header.format === 1) return { header, headerBytes: head, sealed: body, signed: null };
  if (body.length < 16 + signatureBytes) throw new DamagedBackup('cut short');
  const end = bytes.length - signatureBytes;
  return {
    header,
    headerBytes: head,
    sealed: bytes.subarray(12 + length + 32, end),
    signed: { bytes: bytes.subarray(0, end), signature: bytes.subarray(end) },
  };
}

/** A backup's header alone, read without the rest of the file (no passphrase needed). */
export function readBackupHeader(file: string): BackupHeader | null {
  const fd = fs.openSync(file, 'r');
  try {
    const start = Buffer.alloc(12);
    if (fs.readSync(fd, start, 0, 12, 0) < 12 || !start.subarray(0, 8).equals(magic)) return null;
    const length = start.readUInt32BE(8);
    if (length > 1_000_000) return null;
    const json = Buffer.alloc(length);
    fs.readSync(fd, json, 0, length, 12);
    return JSON.parse(json.toString('utf8')) as BackupHeader;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
