import { View, Text } from '@tarojs/components'
import type { Report } from '../api/types'
import StatusChip from './StatusChip'
import { dueText, fmtTime } from './format'

/** One report in a list. `showDue` for workers (deadline, red when overdue). */
export default function ReportCard({ report, onClick, showDue }: { report: Report; onClick?: () => void; showDue?: boolean }) {
  const due = showDue ? dueText(report.dueAt) : null
  const urgent = report.urgency === 'emergency' || report.urgency === 'urgent'
  return (
    <View className='card card-tap report-card' data-ticket={report.ticket} onClick={onClick}>
      <View className='row-between'>
        <Text className='ticket'>{report.ticket}</Text>
        <StatusChip status={report.status} label={report.statusLabel} />
      </View>
      <View className='report-text clamp2'>{report.summary || report.text}</View>
      <View className='row wrap mt8 gap8'>
        {report.subtypeLabel ? <Text className='chip chip-grey'>{report.subtypeLabel}</Text> : null}
        {urgent ? <Text className='chip chip-red'>{report.urgencyLabel || (report.urgency === 'emergency' ? '紧急' : '较急')}</Text> : null}
        {report.onBehalfOf?.name ? <Text className='chip chip-blue'>代 {report.onBehalfOf.name} 反映</Text> : null}
      </View>
      <View className='row-between mt8'>
        <Text className='muted'>{report.address || report.gridName || ''}</Text>
        <Text className='muted'>{fmtTime(report.createdAt)}</Text>
      </View>
      {due ? (
        <View className={`mt8 strong ${due.overdue ? 'red' : ''}`} data-overdue={due.overdue ? '1' : '0'}>
          {due.overdue ? '！' : ''}
          {due.text}
        </View>
      ) : null}
    </View>
  )
}
