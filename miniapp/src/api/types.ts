/** Shapes of the gridmate API as the mini-program uses them (api/ is the source of truth). */

export type Role =
  | 'resident'
  | 'household_leader'
  | 'grid_worker'
  | 'grid_leader'
  | 'centre_staff'
  | 'county_staff'

export interface Person {
  id: number
  name: string
  roles: Role[]
  roleLabels?: string[]
  townshipId?: number | null
  onDuty?: boolean
  gridId?: number | null
  gridName?: string | null
  phone?: string | null
}

/** A photo as report views carry it: `url` is signed by the API, so <Image> needs no token. */
export interface Photo {
  id: string
  url: string
  kind: 'report' | 'resolution'
}

export interface Report {
  id: number
  ticket: string
  text: string
  summary?: string | null
  address?: string | null
  status: string
  statusLabel?: string
  subtype?: string | null
  subtypeLabel?: string | null
  category?: string | null
  categoryLabel?: string | null
  urgency?: string
  urgencyLabel?: string
  flags?: string[]
  gridId?: number | null
  gridName?: string | null
  assigneeName?: string | null
  reporterName?: string | null
  onBehalfOf?: { name: string; address?: string; phone?: string } | null
  anonymous?: boolean
  createdAt: string
  dueAt?: string | null
  outcome?: string | null
  rating?: { stars: number; comment?: string | null } | number | null
  rated?: boolean
  outcomeLabel?: string | null
  fixed?: boolean | null
  flagLabels?: string[]
  referral?: string | null
  photos?: Photo[]
}

export interface TimelineEvent {
  action: string
  actionLabel?: string
  toStatusLabel?: string | null
  fromStatus?: string | null
  toStatus?: string | null
  actorName?: string | null
  note?: string | null
  createdAt: string
}

export interface Safety {
  hazard?: string
  reply: string
  numbers: Array<string | { number: string; label?: string; name?: string }>
}

export interface ClassifyPreview {
  intent: string
  label?: string | null
  labelText?: string | null
  urgency?: string
  urgencyText?: string
  confidence?: number
  safety?: Safety | null
}

export interface LegalAnswer {
  answer: string
  citations: Array<{ law: string; article: number | string }>
  offer_report?: boolean
  subtype?: string | null
}

export interface Stats {
  total?: number
  byCategory: Array<{ category: string; label: string; count: number }>
  byGrid: Array<{ gridId: number; gridName: string; count: number }>
  byStatus: Array<{ status: string; label?: string; count: number }>
  overdue: Report[]
  meanAcceptMinutes: number | null
  meanResolveHours: number | null
  satisfaction: { mean: number | null; count: number }
  fixed: number
  notFixed: number
  topAddresses: Array<{ address: string; count: number }>
}

export interface DemoUser {
  id: number
  name: string
  roles: Role[]
  roleLabels?: string[]
  gridName?: string | null
  label?: string
}
