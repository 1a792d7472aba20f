import { api } from './client'

/** Shapes of /api/admin/* (api/routes/admin.ts): centre staff see their township, county staff everything. */
export interface AdminWorker {
  id: number
  name: string
  phone: string | null
  leader: boolean
  onDuty: boolean
  openTasks: number
}

export interface Grid {
  id: number
  code: string
  name: string
  townshipId: number
  areas: string[]
  workers: AdminWorker[]
}

export interface GroupPerson {
  id: number
  name: string | null
  phone: string | null
  address: string | null
}

export interface Group {
  id: number
  name: string
  gridId: number
  gridName: string | null
  leader: GroupPerson
  members: GroupPerson[]
}

export const adminApi = {
  grids: () => api.get<{ grids: Grid[] }>('/api/admin/grids').then((r) => r.grids),
  groups: () => api.get<{ groups: Group[] }>('/api/admin/household-groups').then((r) => r.groups),
  addGrid: (g: { code: string; name: string; areas: string[] }) => api.post('/api/admin/grids', g),
  setDuty: (workerId: number, onDuty: boolean) => api.put(`/api/admin/workers/${workerId}/duty`, { onDuty }),
  addGroup: (g: { name: string; gridId: number; leaderId: number }) => api.post('/api/admin/household-groups', g)
}
