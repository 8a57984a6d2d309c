import { describe, expect, it, vi } from 'vitest';
import { createReaders } from './readers';

// As on a machine where libpcsclite could not be built: the optional dependency fails to load.
vi.mock('nfc-pcsc', () => {
  throw new Error('Cannot find module pcsclite.node');
});

describe('createReaders', () => {
  it('runs without the PC/SC binding and says so, while the wedge and test readers still tap', async () => {
    const readers = await createReaders({ pcsc: true, development: true });
    expect(readers.service.status()).toEqual({
      state: 'absent',
      readers: [],
      detail: 'PC/SC support is not installed.',
    });
    const taps: string[] = [];
    readers.service.on('tag', (t) => taps.push(`${t.reader} ${t.uid}`));
    readers.wedge.tap('04A22B1A');
    readers.development?.tap('003F91C2');
    expect(taps).toEqual(['Keyboard reader 04A22B1A', 'Development reader 003F91C2']);
    await readers.service.stop();
  });

  it('has no development reader outside development, and PC/SC off when asked', async () => {
    const readers = await createReaders({ pcsc: false, development: false });
    expect(readers.development).toBeNull();
    expect(readers.service.status().detail).toBe('PC/SC support is switched off.');
    await readers.service.stop();
  });
});
