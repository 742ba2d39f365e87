import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, type Bridge } from '../../shared/api/bridge';

/**
 * The sandboxed preload: exposes exactly one generic call as `window.bridge`.
 * It may only require 'electron' (sandbox), so it holds no logic: the shell
 * checks the sender and the envelope, the core's dispatcher does the rest.
 */
const bridge: Bridge = {
  call: (envelope) => ipcRenderer.invoke(API_CHANNEL, envelope),
};

contextBridge.exposeInMainWorld('bridge', bridge);
