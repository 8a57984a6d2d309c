/**
 * The cryptography of backups, on Node's own crypto only. The privacy officer's passphrase is
 * never stored: scrypt turns it into the key that wraps a private X25519 key, and only the
 * wrapped key and the public key are kept. Each backup is encrypted with AES-256-GCM under a key
 * agreed between a fresh ephemeral key and that public key, so scheduled backups need no
 * passphrase and only the passphrase opens them.
 *
 * Anyone holding one backup holds that public key, and could encrypt a database of their own to
 * it. So each backup is also signed with the kiosk's Ed25519 key; the public half of that key is
 * wrapped under the passphrase together with the private X25519 key, where nobody without the
 * passphrase can put another one, and a restore checks the signature against it.
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
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/** 32 MB of memory per try: slow for a guesser, a second on the kiosk. */
const scryptParams = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export interface WrappedKey {
  /** 2: the wrapped text holds the X25519 key and the kiosk's signature key; absent: the key alone. */
  v?: 2;
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
  /** The kiosk's Ed25519 signing key (PKCS#8, base64); kept in the kiosk's own database. */
  signingKey?: string;
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

/**
 * A new key pair, the private half wrapped under the passphrase with the public half of a new
 * signing key.
 */
export function createBackupKeys(passphrase: string): BackupKeys {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const signing = generateKeyPairSync('ed25519');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const params = { N: scryptParams.N, r: scryptParams.r, p: scryptParams.p };
  const cipher = createCipheriv('aes-256-gcm', passphraseKey(passphrase, salt, params), iv);
  const inner = JSON.stringify({
    key: b64(privateKey.export({ type: 'pkcs8', format: 'der' })),
    verify: b64(signing.publicKey.export({ type: 'spki', format: 'der' })),
  });
  const key = Buffer.concat([cipher.update(inner), cipher.final()]);
  return {
    publicKey: b64(publicKey.export({ type: 'spki', format: 'der' })),
    wrapped: {
      v: 2,
      salt: b64(salt),
      iv: b64(iv),
      tag: b64(cipher.getAuthTag()),
      key: b64(key),
      ...params,
    },
    signingKey: b64(signing.privateKey.export({ type: 'pkcs8', format: 'der' })),
  };
}

export interface Unwrapped {
  privateKey: KeyObject;
  /** The key backups must be signed with; null for keys made before backups were signed. */
  verifyKey: KeyObject | null;
}

export function unwrapPrivateKey(wrapped: WrappedKey, passphrase: string): Unwrapped {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    passphraseKey(passphrase, unb64(wrapped.salt), wrapped),
    unb64(wrapped.iv),
  );
  decipher.setAuthTag(unb64(wrapped.tag));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(unb64(wrapped.key)), decipher.final()]);
  } catch {
    throw new WrongPassphrase();
  }
  if (wrapped.v !== 2) {
    return {
      privateKey: createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' }),
      verifyKey: null,
    };
  }
  const inner = JSON.parse(plain.toString('utf8')) as { key: string; verify: string };
  return {
    privateKey: createPrivateKey({ key: unb64(inner.key), format: 'der', type: 'pkcs8' }),
    verifyKey: createPublicKey({ key: unb64(inner.verify), format: 'der', type: 'spki' }),
  };
}

/** The kiosk's signature over a backup's bytes. */
export function signBackup(signingKey: string, bytes: Buffer): Buffer {
  const key = createPrivateKey({ key: unb64(signingKey), format: 'der', type: 'pkcs8' });
  return sign(null, bytes, key);
}

export function verifyBackup(verifyKey: KeyObject, bytes: Buffer, signature: Buffer): void {
  if (signature.length !== 64 || !verify(null, bytes, verifyKey, signature))
    throw new ForgedBackup();
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

/** Changed after it was made, or made by someone else: either way its signature fails. */
export class ForgedBackup extends DamagedBackup {
  constructor() {
    super('its signature is not this kiosk’s');
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
