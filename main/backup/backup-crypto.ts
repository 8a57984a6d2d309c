/**
 * The cryptography of backups, on Node's own crypto only. The privacy officer's passphrase is
 * never stored: scrypt turns it into the key that wraps a private X25519 key, and only the
 * wrapped key and the public key are kept. Each backup is encrypted with AES-256-GCM under a key
 * agreed between a fresh ephemeral key and that public key, so scheduled backups need no
 * passphrase and only the passphrase opens them.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  createPrivateKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scryptSync,
  type KeyObject,
} from 'node:crypto';

/** 32 MB of memory per try: slow for a guesser, a second on the kiosk. */
const scryptParams = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export interface WrappedKey {
  salt: string;
  iv: string;
  tag: string;
  key: string;
  N: number;
  r: number;
  p: number;
}

export interface BackupKeys {
  publicKey: string;
  wrapped: WrappedKey;
}

export class WrongPassphrase extends Error {
  constructor() {
    super('The passphrase does not open this backup.');
  }
}

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

function passphraseKey(passphrase: string, salt: Buffer, w: Pick<WrappedKey, 'N' | 'r' | 'p'>) {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, {
    ...scryptParams,
    N: w.N,
    r: w.r,
    p: w.p,
  });
}

/** A new key pair, the private half wrapped under the passphrase. */
export function createBackupKeys(passphrase: string): BackupKeys {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const params = { N: scryptParams.N, r: scryptParams.r, p: scryptParams.p };
  const cipher = createCipheriv('aes-256-gcm', passphraseKey(passphrase, salt, params), iv);
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const key = Buffer.concat([cipher.update(der), cipher.final()]);
  return {
    publicKey: b64(publicKey.export({ type: 'spki', format: 'der' })),
    wrapped: {
      salt: b64(salt),
      iv: b64(iv),
      tag: b64(cipher.getAuthTag()),
      key: b64(key),
      ...params,
    },
  };
}

export function unwrapPrivateKey(wrapped: WrappedKey, passphrase: string): KeyObject {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    passphraseKey(passphrase, unb64(wrapped.salt), wrapped),
    unb64(wrapped.iv),
  );
  decipher.setAuthTag(unb64(wrapped.tag));
  try {
    const der = Buffer.concat([decipher.update(unb64(wrapped.key)), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw new WrongPassphrase();
  }
}

const dataKey = (secret: Buffer, salt: Buffer) =>
  Buffer.from(hkdfSync('sha256', secret, salt, 'lobby backup v1', 32));

/** Encrypts for the holder of the private key; `aad` (the file's header) is bound in. */
export function sealFor(
  publicKey: string,
  plain: Buffer,
  aad: (ephemeral: string, iv: string) => Buffer,
) {
  const recipient = createPublicKey({ key: unb64(publicKey), format: 'der', type: 'spki' });
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = b64(ephemeral.publicKey.export({ type: 'spki', format: 'der' }));
  const iv = randomBytes(12);
  const secret = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const cipher = createCipheriv('aes-256-gcm', dataKey(secret, iv), iv);
  const header = aad(ephemeralPublic, b64(iv));
  cipher.setAAD(header);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { header, sealed };
}

export class DamagedBackup extends Error {
  constructor(detail: string) {
    super(`This backup is damaged or was changed (${detail}); it cannot be restored.`);
  }
}

export function open(
  privateKey: KeyObject,
  header: Buffer,
  ephemeralPublic: string,
  iv: string,
  sealed: Buffer,
): Buffer {
  if (sealed.length < 16) throw new DamagedBackup('too short');
  const secret = diffieHellman({
    privateKey,
    publicKey: createPublicKey({ key: unb64(ephemeralPublic), format: 'der', type: 'spki' }),
  });
  const decipher = createDecipheriv('aes-256-gcm', dataKey(secret, unb64(iv)), unb64(iv));
  decipher.setAAD(header);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]);
  } catch {
    throw new DamagedBackup('authentication failed');
  }
}
