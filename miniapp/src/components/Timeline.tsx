import { View, Text } from '@tarojs/components'
import type { TimelineEvent } from '../api/types'
import { ACTION_LABELS, PHASES, PhaseKey, phaseOf, statusLabel } from '../api/labels'
import { fmtTime } from './format'

/** The report's history grouped into 接、约、办、访、评, with the current step highlighted. */
export default function Timeline({ events, status }: { events: TimelineEvent[]; status: string }) {
  const current = phaseOf(status)
  const currentIdx = PHASES.findIndex((p) => p.key === current)
  const finished = status === 'closed' || status === 'rated'
  const groups: Record<PhaseKey, TimelineEvent[]> = { jie: [], yue: [], ban: [], fang: [], ping: [] }
  let last: PhaseKey = 'jie'
  for (const e of events) {
    const key = e.toStatus ? phaseOf(e.toStatus) : e.fromStatus ? phaseOf(e.fromStatus) : last
    groups[key].push(e)
    last = key
  }
  return (
    <View data-testid='timeline'>
      <View className='phase-bar'>
        {PHASES.map((p, i) => (
          <View className='phase' key={p.key}>
            <View className={`phase-dot ${i < currentIdx || finished ? 'phase-done' : i === currentIdx ? 'phase-now' : ''}`}>{p.label}</View>
            <Text className='phase-name'>{p.title}</Text>
          </View>
        ))}
      </View>
      {PHASES.filter((p) => groups[p.key].length).map((p) => (
        <View className='tl-group' key={p.key}>
          <View className='tl-head'>
            {p.label} · {p.title}
          </View>
          {groups[p.key].map((e, i) => (
            <View className='tl-item' key={`${e.createdAt}-${i}`}>
              <View className='row-between'>
                <Text className='strong'>{e.actionLabel || ACTION_LABELS[e.action] || (e.toStatus ? statusLabel(e.toStatus, e.toStatusLabel) : e.action)}</Text>
                <Text className='tl-time'>{fmtTime(e.createdAt)}</Text>
              </View>
              <View className='muted'>
                {e.actorName || ''}
                {e.toStatus && e.toStatus !== e.fromStatus ? ` → ${statusLabel(e.toStatus, e.toStatusLabel)}` : ''}
              </View>
              {e.note ? <View className='tl-note'>{e.note}</View> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
