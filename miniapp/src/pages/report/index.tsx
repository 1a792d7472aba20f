import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { View, Textarea, Input, Switch, Text } from '@tarojs/components'
import { api, randomId } from '../../api/client'
import { URGENCY_LABELS } from '../../api/labels'
import type { ClassifyPreview, Report, Safety } from '../../api/types'
import PhotoPicker, { UploadedPhoto } from '../../components/PhotoPicker'
import SafetyCard from '../../components/SafetyCard'
import TopBar from '../../components/TopBar'
import { ErrorNotice } from '../../components/States'
import { useAction } from '../../components/useAction'
import { getCachedPerson, isLeader } from '../../api/session'

const MAX_TEXT = 1000

function decode(s?: string): string {
  if (!s) return ''
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export default function ReportPage() {
  const router = useRouter()
  const behalf = router.params.behalf === '1' && isLeader(getCachedPerson())
  const [text, setText] = useState(decode(router.params.text))
  const [preview, setPreview] = useState<ClassifyPreview | null>(null)
  const [photos, setPhotos] = useState<UploadedPhoto[]>([])
  const [address, setAddress] = useState('')
  const [location, setLocation] = useState<{ lat: number; lng: number } | null>(null)
  const { busy: locating, error: locError, setError: setLocError, run: runLocate } = useAction()
  const [anonymous, setAnonymous] = useState(false)
  const [household, setHousehold] = useState({ name: '', address: '', phone: '' })
  const { busy, error, setError, run } = useAction()
  const [done, setDone] = useState<{ report: Report; safety: Safety | null } | null>(null)
  // one key per draft: a retry after a lost answer cannot create a second report
  const idemKey = useRef(randomId())
  const previewSeq = useRef(0)

  // live suggestion of the type, debounced
  useEffect(() => {
    const t = text.trim()
    if (t.length < 6) {
      setPreview(null)
      return
    }
    const my = ++previewSeq.current
    const timer = setTimeout(() => {
      api
        .post<ClassifyPreview>('/api/classify/preview', { text: t })
        .then((p) => my === previewSeq.current && setPreview(p))
        .catch(() => undefined) // a suggestion is optional
    }, 600)
    return () => clearTimeout(timer)
  }, [text])

  function locate() {
    runLocate(async () => {
      try {
        const r = await Taro.getLocation({ type: process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84' })
        setLocation({ lat: r.latitude, lng: r.longitude })
      } catch {
        setLocError('没能获取位置（可能未允许定位）。请在下面直接写上地址，例如「幸福小区 3 栋 2 单元」。')
      }
    })
  }

  async function submit() {
    if (busy) return
    const t = text.trim()
    if (t.length < 5) return setError('请多写几句：发生了什么事、在什么地方、从什么时候开始。')
    if (behalf && !household.name.trim()) return setError('请填写您代为反映的住户姓名。')
    const body: Record<string, unknown> = { text: t }
    if (address.trim()) body.address = address.trim()
    if (location) body.location = location
    if (photos.length) body.photoIds = photos.map((p) => p.id)
    if (anonymous) body.anonymous = true
    if (behalf) {
      body.onBehalfOf = {
        name: household.name.trim(),
        ...(household.address.trim() ? { address: household.address.trim() } : {}),
        ...(household.phone.trim() ? { phone: household.phone.trim() } : {})
      }
    }
    await run(async () => {
      const res = await api.post<{ report: Report; safety: Safety | null }>('/api/reports', body, {
        headers: { 'Idempotency-Key': idemKey.current }
      })
      setDone({ report: res.report, safety: res.safety ?? null })
      Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
    })
  }

  function again() {
    idemKey.current = randomId()
    setText('')
    setPreview(null)
    setPhotos([])
    setAddress('')
    setLocation(null)
    setAnonymous(false)
    setHousehold({ name: '', address: '', phone: '' })
    setDone(null)
  }

  if (done) {
    const { report, safety } = done
    return (
      <View className='page' data-testid='report-done'>
      <TopBar />
        {safety ? <SafetyCard safety={safety} /> : null}
        <View className='card' style={{ textAlign: 'center' }}>
          <View className='done-badge'>✓</View>
          <View className='page-title'>已收到您的反映</View>
          <View className='muted mt8'>办理编号</View>
          <View className='strong' id='ticket' style={{ fontSize: '26px', letterSpacing: '1px' }}>
            {report.ticket}
          </View>
          <View className='muted mt8'>
            {report.statusLabel || '已受理'}
            {report.subtypeLabel ? ` · ${report.subtypeLabel}` : ''}
            {report.gridName ? ` · ${report.gridName}` : ''}
          </View>
          <View className='hint'>请记下编号。网格员会尽快联系您，进度可在「我的反映」里查看。</View>
        </View>
        <View className='pad'>
          <View className='btn btn-primary btn-block' id='view-report' onClick={() => Taro.redirectTo({ url: `/pages/detail/index?ticket=${encodeURIComponent(report.ticket)}` })}>
            查看办理进度
          </View>
          <View className='btn btn-block' onClick={again}>
            再反映一件事
          </View>
        </View>
      </View>
    )
  }

  const suggestion = preview && (preview.labelText || preview.label)
  return (
    <View className='page' data-testid='report-form'>
      <TopBar />
      <View className='page-head'>
        <View className='page-title'>{behalf ? '代住户反映' : '我要反映'}</View>
        <View className='page-desc'>把遇到的问题说清楚：什么事、在哪里、多久了。</View>
      </View>
      {preview?.safety ? <SafetyCard safety={preview.safety} /> : null}
      {error ? <ErrorNotice text={error} /> : null}

      {behalf ? (
        <View className='card'>
          <View className='label'>住户姓名（必填）</View>
          <Input className='input' id='hh-name' placeholder='例如：王大爷' value={household.name} onInput={(e) => setHousehold({ ...household, name: e.detail.value })} />
          <View className='label mt12'>住户地址</View>
          <Input className='input' id='hh-address' placeholder='例如：幸福村 5 组 12 号' value={household.address} onInput={(e) => setHousehold({ ...household, address: e.detail.value })} />
          <View className='label mt12'>联系电话（选填）</View>
          <Input className='input' id='hh-phone' type='number' maxlength={11} placeholder='方便网格员联系' value={household.phone} onInput={(e) => setHousehold({ ...household, phone: e.detail.value })} />
        </View>
      ) : null}

      <View className='card'>
        <View className='label'>发生了什么？</View>
        <Textarea
          className='textarea'
          id='report-text'
          maxlength={MAX_TEXT}
          placeholder='例如：幸福小区 3 栋楼道里堆满杂物，挡住了消防通道。'
          value={text}
          onInput={(e) => setText(e.detail.value)}
        />
        <View className='row-between'>
          <Text className='hint'>可以直接说大白话</Text>
          <Text className='hint'>
            {text.length}/{MAX_TEXT}
          </Text>
        </View>
        {suggestion ? (
          <View className='suggest' id='suggestion'>
            看起来是：<Text className='strong'>{suggestion}</Text>
            {preview?.urgency && preview.urgency !== 'normal' ? (
              <Text className='chip chip-red' style={{ marginLeft: '8px' }}>
                {preview.urgencyText || URGENCY_LABELS[preview.urgency] || preview.urgency}
              </Text>
            ) : null}
            {preview?.intent === 'legal_question' ? (
              <View className='mt8'>
                想先问问法律规定？
                <Text className='link' onClick={() => Taro.navigateTo({ url: `/pages/legal/index?q=${encodeURIComponent(text.trim())}` })}>
                  去法律咨询 ›
                </Text>
              </View>
            ) : null}
          </View>
        ) : null}
      </View>

      <View className='card'>
        <View className='label'>照片（选填，最多 6 张）</View>
        <PhotoPicker photos={photos} onChange={setPhotos} max={6} />
      </View>

      <View className='card'>
        <View className='label'>地点</View>
        <View className={`btn btn-plain btn-block ${locating ? 'btn-disabled' : ''}`} id='locate' onClick={locate}>
          {locating ? '正在定位…' : location ? '已定位，点此重新定位' : '使用我现在的位置'}
        </View>
        {location ? (
          <View className='hint'>
            已记录位置（{location.lat.toFixed(5)}, {location.lng.toFixed(5)}）
            <Text className='link' style={{ marginLeft: '8px' }} onClick={() => setLocation(null)}>
              不用了
            </Text>
          </View>
        ) : null}
        {locError ? <View className='hint red'>{locError}</View> : null}
        <View className='label mt12'>详细地址</View>
        <Input className='input' id='address' placeholder='例如：幸福小区 3 栋 2 单元' value={address} onInput={(e) => setAddress(e.detail.value)} />
      </View>

      <View className='card'>
        <View className='switch-row'>
          <View className='grow'>
            <View className='label' style={{ marginBottom: 0 }}>
              对邻居匿名
            </View>
            <View className='hint' style={{ marginTop: 0 }}>
              打开后，被反映的邻居看不到是谁反映的；网格员仍可联系您。
            </View>
          </View>
          <Switch id='anonymous' checked={anonymous} color='#07c160' onChange={(e) => setAnonymous(e.detail.value)} />
        </View>
      </View>

      <View className='pad'>
        <View className={`btn btn-primary btn-block ${busy ? 'btn-disabled' : ''}`} id='submit-report' onClick={submit}>
          {busy ? '正在提交…' : '提交'}
        </View>
        {error ? <View className='hint red'>没有提交成功？检查网络后再点一次「提交」，不会重复登记。</View> : null}
      </View>
    </View>
  )
}
