// electron-builder configuration. Packaging runs where Electron's binary and headers can be
// downloaded; it rebuilds the native modules for Electron and flips the fuses after packing.
import { flipFuses } from './fuses.js';

export default {
  appId: 'nl.lobby.kiosk',
  productName: 'Lobby',
  directories: { output: 'out', buildResources: 'build/resources' },
  files: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  npmRebuild: true,
  extraMetadata: { main: 'dist/electron/main.cjs' },
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], hardenedRuntime: true },
  afterPack: flipFuses,
};
