/**
 * The one way the mini-program talks to the API.
 * - h5: same origin, relative `/api/...` (the API serves this build under /app).
 * - weapp: an absolute https origin (build-time WEAPP_API_BASE, overridable in storage `apiBase`).
 * The session token lives in storage and goes out as `Authorization: Bearer`.
 * Every failure becomes an ApiError whose `message` is Chinese and says what to do.
 */
import Taro from '@tarojs/taro'
import type { Person } from './types'

const TOKEN_KEY = 'gm_token'
const PERSON_KEY = 'gm_person'
const API_BASE_KEY = 'apiBase'

export const IS_H5 = process.env.TARO_ENV === 'h5'
export const IS_WEAPP = process.env.TARO_ENV === 'weapp'

export function getApiBase(): string {
  if (IS_H5) return ''
  const custom = safeGet(API_BASE_KEY)
  return (custom || WEAPP_API_BASE).replace(/\/+$/, '')
}

export function setApiBase(url: string): void {
  if (url.trim()) Taro.setStorageSync(API_BASE_KEY, url.trim())
  else Taro.removeStorageSync(API_BASE_KEY)
}

function safeGet<T = string>(key: string): T | '' {
  try {
    return Taro.getStorageSync(key) as T
  } catch {
    return ''
  }
}

export function getToken(): string {
  return (safeGet(TOKEN_KEY) as string) || ''
}

export function getCachedPerson(): Person | null {
  const p = safeGet<Person>(PERSON_KEY)
  return p && typeof p === 'object' ? p : null
}

export function saveSession(token: string, person?: Person | null): void {
  Taro.setStorageSync(TOKEN_KEY, token)
  if (person) Taro.setStorageSync(PERSON_KEY, person)
}

export function cachePerson(person: Person): void {
  Taro.setStorageSync(PERSON_KEY, person)
}

export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY)
  Taro.removeStorageSync(PERSON_KEY)
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

const NETWORK_MESSAGE = '网络连接失败，请检查手机网络后点「重试」。'

function messageFor(status: number, body: any): { code: string; message: string } {
  const err = body && typeof body === 'object' ? (typeof body.error === 'object' && body.error) || body : {}
  const code: string = err.code || (typeof body?.error === 'string' ? body.error : '') || `HTTP_${status}`
  const given: string | undefined = err.userMessage || err.message_zh || (typeof err.message === 'string' && /[\u4e00-\u9fa5]/.test(err.message) ? err.message : undefined)
  if (given) return { code, message: given }
  if (status === 401) return { code, message: '登录已过期，请重新登录。' }
  if (status === 403) return { code, message: '您没有权限进行这个操作，如有疑问请联系网格员。' }
  if (status === 404) return { code, message: '没有找到这条记录，请返回列表刷新后再看。' }
  if (status === 409) return { code, message: '这条记录刚被其他人处理过，请下拉刷新后再操作。' }
  if (status === 413) return { code, message: '内容或照片太大了，请精简文字或换一张小一点的照片。' }
  if (status === 429) return { code, message: '操作太频繁，请稍等一分钟再试。' }
  if (status >= 500) return { code, message: '系统暂时繁忙，您的内容未提交成功，请稍后点「重试」。' }
  return { code, message: '提交的内容不完整或格式不对，请检查后再试。' }
}

let redirecting = false
function onUnauthenticated(path: string): void {
  if (path.startsWith('/api/auth/')) return
  clearSession()
  if (redirecting) return
  redirecting = true
  Taro.reLaunch({ url: '/pages/login/index' }).finally(() => {
    redirecting = false
  })
}

export interface RequestOptions {
  headers?: Record<string, string>
  /** Don't send the user to the login page on 401 (used by the first /api/me check). */
  quiet401?: boolean
}

export async function request<T = any>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  data?: unknown,
  opts: RequestOptions = {}
): Promise<T> {
  const header: Record<string, string> = { Accept: 'application/json', ...(opts.headers || {}) }
  if (data !== undefined) header['Content-Type'] = 'application/json'
  const token = getToken()
  if (token) header.Authorization = `Bearer ${token}`
  let res: Taro.request.SuccessCallbackResult<any>
  try {
    res = await Taro.request({
      url: getApiBase() + path,
      method,
      data: data as any,
      header,
      dataType: 'json',
      timeout: 20000
    })
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE)
  }
  let body: any = res.data
  if (typeof body === 'string' && body) {
    try {
      body = JSON.parse(body)
    } catch {
      /* plain text */
    }
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return body as T
  if (res.statusCode === 401 && !opts.quiet401) onUnauthenticated(path)
  const { code, message } = messageFor(res.statusCode, body)
  throw new ApiError(res.statusCode, code, message)
}

export const api = {
  get: <T = any>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T = any>(path: string, data?: unknown, opts?: RequestOptions) => request<T>('POST', path, data ?? {}, opts),
  put: <T = any>(path: string, data: unknown, opts?: RequestOptions) => request<T>('PUT', path, data, opts)
}

/** Upload one local image (a temp path from chooseImage) → {id, url}. */
export async function uploadPhoto(filePath: string, fileName?: string): Promise<{ id: string; url: string }> {
  const header: Record<string, string> = {}
  const token = getToken()
  if (token) header.Authorization = `Bearer ${token}`
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({ url: getApiBase() + '/api/uploads', filePath, name: 'file', header, fileName } as any)
  } catch {
    throw new ApiError(0, 'NETWORK', '照片上传失败，请检查网络后重新选择照片。')
  }
  let body: any = res.data
  try {
    body = typeof body === 'string' ? JSON.parse(body) : body
  } catch {
    /* keep text */
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return body?.upload ?? body
  if (res.statusCode === 401) onUnauthenticated('/api/uploads')
  if (res.statusCode === 415 || res.statusCode === 400) {
    const m = messageFor(res.statusCode, body)
    throw new ApiError(res.statusCode, m.code, m.message || '只能上传 JPG、PNG 照片，请换一张。')
  }
  const { code, message } = messageFor(res.statusCode, body)
  throw new ApiError(res.statusCode, code, message)
}

/** Absolute URL for an image or file the API returned as a path. */
export function assetUrl(url: string): string {
  if (!url) return url
  if (/^(https?:|data:|blob:)/.test(url)) return url
  return getApiBase() + url
}

/** A random id (Idempotency-Key per draft). */
export function randomId(): string {
  const a = Date.now().toString(36)
  let b = ''
  for (let i = 0; i < 4; i++) b += Math.floor(Math.random() * 0x100000000).toString(36)
  return `${a}-${b}`
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message
  return '出了点问题，请稍后重试；如果一直不行，请联系您的网格员。'
}
