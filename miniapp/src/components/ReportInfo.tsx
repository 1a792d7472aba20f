import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { assetUrl } from '../api/client'
import { FLAG_LABELS, OUTCOME_LABELS } from '../api/labels'
import type { Report } from '../api/types'
import StatusChip from './StatusChip'
import { dueText, fmtTime } from './format'

/** The body of a report: status, text, type, place, photos, who handles it. */
export default function ReportInfo({ report, showDue }: { report: Report; showDue?: boolean }) {
  const photos = (report.photos || []).map((p) => ({ ...p, src: assetUrl(p.url) }))
  const urls = photos.map((p) => p.src)
  const due = showDue ? dueText(report.dueAt) : null
  const rating = typeof report.rating === 'number' ? report.rating : report.rating?.stars
  return (
    <View className='card' data-testid='report-info'>
      <View className='row-between'>
        <Text className='ticket'>编号 {report.ticket}</Text>
        <StatusChip status={report.status} label={report.statusLabel} />
      </View>
      <View className='report-text'>{report.text}</View>
      <View className='row wrap mt8 gap8'>
        {report.subtypeLabel ? <Text className='chip chip-grey'>{report.subtypeLabel}</Text> : null}
        {report.urgency && report.urgency !== 'normal' ? <Text className='chip chip-red'>{report.urgencyLabel || report.urgency}</Text> : null}
        {(report.flags || []).map((f, i) => (
          <Text key={f} className='chip chip-orange'>
            {report.flagLabels?.[i] || FLAG_LABELS[f] || f}
          </Text>
        ))}
      </View>
      {report.referral ? <View className='muted mt8'>建议对接：{report.referral}</View> : null}
      {report.onBehalfOf?.name ? (
        <View className='muted mt8'>
          代 {report.onBehalfOf.name} 反映{report.onBehalfOf.address ? `（${report.onBehalfOf.address}）` : ''}
        </View>
      ) : null}
      {report.address ? <View className='muted mt8'>地点：{report.address}</View> : null}
      {(['report', 'resolution'] as const).map((kind) =>
        photos.some((p) => p.kind === kind) ? (
          <View key={kind} className='mt8'>
            {kind === 'resolution' ? <View className='muted'>办结照片</View> : null}
            <View className='photos'>
              {photos
                .filter((p) => p.kind === kind)
                .map((p) => (
                  <Image key={p.id} className='photo photo-img' data-kind={kind} src={p.src} mode='aspectFill' onClick={() => Taro.previewImage({ urls, current: p.src })} />
                ))}
            </View>
          </View>
        ) : null
      )}
      <View className='muted mt8'>提交时间：{fmtTime(report.createdAt)}</View>
      {report.gridName || report.assigneeName ? (
        <View className='muted'>
          负责：{report.gridName || ''}
          {report.assigneeName ? ` · ${report.assigneeName}` : ''}
        </View>
      ) : null}
      {due ? <View className={`strong mt8 ${due.overdue ? 'red' : ''}`}>期限：{due.text}</View> : null}
      {report.outcome ? <View className='muted'>结果：{report.outcomeLabel || OUTCOME_LABELS[report.outcome] || report.outcome}</View> : null}
      {rating ? <View className='muted'>评价：{'★'.repeat(rating)}</View> : report.rated ? <View className='muted'>已评价</View> : null}
    </View>
  )
}
