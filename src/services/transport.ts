import Taro from '@tarojs/taro'
import type { Envelope } from '../core/envelope'

/**
 * One function call on the wire: CloudBase when built for it (the caller is the OPENID),
 * otherwise HTTP to the Node host with the session token.
 */
export async function transport(name: string, data: object, token: string | null): Promise<Envelope> {
  if (USE_CLOUD) {
    const r = await Taro.cloud.callFunction({ name, data })
    return r.result as Envelope
  }
  const res = await Taro.request<Envelope>({
    url: `${API_BASE}/fn/${name}`,
    method: 'POST',
    data,
    header: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    timeout: 15000,
  })
  const body = res.data
  if (!body || typeof body !== 'object' || !('code' in body)) throw new Error(`bad response ${res.statusCode}`)
  return body
}
