import Taro from '@tarojs/taro'
import { api, cachePerson, clearSession, getCachedPerson, getToken, saveSession } from './client'
import type { Person, Role } from './types'

/** The signed-in person, from GET /api/me (cached in storage for a fast first paint). */
export async function loadMe(): Promise<Person | null> {
  if (!getToken()) return null
  const res = await api.get<{ person: Person }>('/api/me', { quiet401: true }).catch((e) => {
    if (e?.status === 401) {
      clearSession()
      return null
    }
    throw e
  })
  if (!res) return null
  const person = (res as any).person ?? res
  cachePerson(person)
  return person
}

export function hasRole(person: Person | null | undefined, ...roles: Role[]): boolean {
  return !!person?.roles?.some((r) => roles.includes(r))
}

export const isWorker = (p: Person | null | undefined) => hasRole(p, 'grid_worker', 'grid_leader')
export const isStaff = (p: Person | null | undefined) => hasRole(p, 'centre_staff', 'county_staff')
export const isLeader = (p: Person | null | undefined) => hasRole(p, 'household_leader')

/** Login endpoints answer {token, person} (or {token} — then /api/me fills in). */
export async function finishLogin(res: any): Promise<Person | null> {
  const token: string = res?.token ?? res?.accessToken ?? res?.session?.token
  if (!token) throw new Error('no token')
  saveSession(token, res?.person ?? null)
  return res?.person ?? (await loadMe())
}

export function logout(): void {
  clearSession()
  Taro.reLaunch({ url: '/pages/login/index' })
}

export { getCachedPerson }
