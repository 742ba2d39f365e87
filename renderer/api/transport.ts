import type { RequestEnvelope, ResponseEnvelope } from '../../shared/api/envelope';
import { bridgeTransport } from './bridge-transport';
import { httpTransport } from './http-transport';

export type Transport = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

/**
 * Electron's preload defines `window.bridge`; a plain browser (browser mode)
 * does not, and talks to the local HTTP bridge instead. Decided per call, so
 * tests can install a fake bridge at any time.
 */
export function pickTransport(): Transport {
  return typeof window !== 'undefined' && window.bridge ? bridgeTransport : httpTransport;
}
