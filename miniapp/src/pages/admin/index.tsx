import Taro from '@tarojs/taro'
import { useState } from 'react'
import { View, Text, Input, Switch, Picker } from '@tarojs/components'
import { adminApi, AdminWorker, Grid, Group } from '../../api/admin'
import TopBar from '../../components/TopBar'
import { Empty, ErrorNotice, Loading } from '../../components/States'
import { useAction } from '../../components/useAction'
import { useLoad } from '../../components/useLoad'

type Tab = 'grids' | 'workers' | 'groups'

/** Saves, says so, then refreshes what the change shows in. */
async function save(call: () => Promise<unknown>, done: () => void) {
  await call()
  Taro.showToast({ title: '已保存', icon: 'success' })
  done()
}

function GridsTab() {
  const { data, loading, error, reload } = useLoad(adminApi.grids, [])
  const [name, setName] = useState('')
  const [code, setCode] = useState('')
  const [areas, setAreas] = useState('')
  const { busy, error: formError, setError: setFormError, run } = useAction()
  const add = () => {
    if (busy) return
    if (!name.trim()) return setFormError('请填写网格名称。')
    if (!code.trim()) return setFormError('请填写网格编号，如 CG-05。')
    run(() =>
      save(
        () => adminApi.addGrid({ name: name.trim(), code: code.trim(), areas: areas.split(/[,，、\s]+/).filter(Boolean) }),
        () => (setName(''), setCode(''), setAreas(''), reload())
      )
    )
  }
  return (
    <View>
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !data.length ? <Empty text='还没有网格，请在下面添加。' /> : null}
      {data && data.length ? (
        <View className='card'>
          {data.map((g) => (
            <View className='cell' key={g.id}>
              <View className='grow'>
                <View className='strong'>{g.name}</View>
                <View className='muted'>
                  {g.code} · {g.areas.join('、') || '未填覆盖范围'}
                </View>
              </View>
              {g.workers.length ? <Text className='muted'>{g.workers.map((w) => w.name).join('、')}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
      <View className='section-title'>添加网格</View>
      <View className='card'>
        <Input className='input' placeholder='网格名称，如：幸福社区第一网格' value={name} onInput={(e) => setName(e.detail.value)} />
        <Input className='input mt8' placeholder='编号，如 CG-05' value={code} onInput={(e) => setCode(e.detail.value)} />
        <Input className='input mt8' placeholder='覆盖小区/楼栋/村组，用顿号分开' value={areas} onInput={(e) => setAreas(e.detail.value)} />
        {formError ? <View className='hint red'>{formError}</View> : null}
        <View className='btn btn-primary btn-block' onClick={add}>
          添加
        </View>
      </View>
    </View>
  )
}

function WorkerRow({ w, grid, reload }: { w: AdminWorker; grid: Grid; reload: () => void }) {
  const { error, run } = useAction()
  return (
    <View className='cell' style={{ display: 'block' }}>
      <View className='row-between'>
        <View>
          <Text className='strong'>{w.name}</Text>
          <Text className='muted'>
            {' '}
            {grid.name}
            {w.leader ? ' · 网格长' : ''} · 在办 {w.openTasks}
          </Text>
        </View>
        <View className='row'>
          <Text className='small'>{w.onDuty ? '在岗' : '不在岗'}</Text>
          <Switch checked={w.onDuty} color='#07c160' onChange={(e) => run(() => save(() => adminApi.setDuty(w.id, e.detail.value), reload))} />
        </View>
      </View>
      {error ? <View className='hint red'>{error}</View> : null}
    </View>
  )
}

function WorkersTab() {
  const { data, loading, error, reload } = useLoad(adminApi.grids, [])
  const rows = (data || []).flatMap((grid) => grid.workers.map((w) => ({ w, grid })))
  return (
    <View>
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !rows.length ? <Empty text='还没有网格员。' /> : null}
      {rows.length ? (
        <View className='card'>
          {rows.map(({ w, grid }) => (
            <WorkerRow key={w.id} w={w} grid={grid} reload={reload} />
          ))}
        </View>
      ) : null}
      <View className='hint pad'>网格员不在岗时，新反映会分给同网格在岗的网格员或网格长。</View>
    </View>
  )
}

function GroupsTab() {
  const { data, loading, error, reload } = useLoad(() => Promise.all([adminApi.groups(), adminApi.grids()]), [])
  const [name, setName] = useState('')
  const [gridIdx, setGridIdx] = useState(-1)
  const [leaderId, setLeaderId] = useState('')
  const { busy, error: formError, setError: setFormError, run } = useAction()
  const grids = data?.[1] || []
  const groups: Group[] = data?.[0] || []
  const add = () => {
    if (busy) return
    if (!name.trim()) return setFormError('请填写联户组名称。')
    if (gridIdx < 0) return setFormError('请选择所属网格。')
    if (!/^\d+$/.test(leaderId.trim())) return setFormError('请填写联户长的人员编号。')
    run(() => save(() => adminApi.addGroup({ name: name.trim(), gridId: grids[gridIdx].id, leaderId: Number(leaderId) }), () => (setName(''), setLeaderId(''), reload())))
  }
  return (
    <View>
      {error ? <ErrorNotice text={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !groups.length ? <Empty text='还没有联户组。' /> : null}
      {groups.length ? (
        <View className='card'>
          {groups.map((g) => (
            <View className='cell' key={g.id}>
              <View className='grow'>
                <View className='strong'>{g.name}</View>
                <View className='muted'>
                  {g.gridName || `网格 ${g.gridId}`} · 联户长 {g.leader.name || g.leader.id} · {g.members.length} 户
                </View>
              </View>
            </View>
          ))}
        </View>
      ) : null}
      <View className='section-title'>添加联户组</View>
      <View className='card'>
        <Input className='input' placeholder='联户组名称，如：5 组东片' value={name} onInput={(e) => setName(e.detail.value)} />
        <Picker mode='selector' range={grids.map((g) => g.name)} value={Math.max(0, gridIdx)} onChange={(e) => setGridIdx(Number(e.detail.value))}>
          <View className='input mt8'>{gridIdx >= 0 ? grids[gridIdx].name : '选择所属网格'}</View>
        </Picker>
        <Input className='input mt8' type='number' placeholder='联户长人员编号' value={leaderId} onInput={(e) => setLeaderId(e.detail.value)} />
        {formError ? <View className='hint red'>{formError}</View> : null}
        <View className='btn btn-primary btn-block' onClick={add}>
          添加
        </View>
      </View>
    </View>
  )
}

export default function Admin() {
  const [tab, setTab] = useState<Tab>('grids')
  const TABS: Array<[Tab, string]> = [
    ['grids', '网格'],
    ['workers', '网格员'],
    ['groups', '联户组']
  ]
  return (
    <View className='page' data-testid='admin'>
      <TopBar />
      <View className='tabs'>
        {TABS.map(([k, label]) => (
          <View key={k} className={`tab ${tab === k ? 'tab-on' : ''}`} onClick={() => setTab(k)}>
            {label}
          </View>
        ))}
      </View>
      {tab === 'grids' ? <GridsTab /> : tab === 'workers' ? <WorkersTab /> : <GroupsTab />}
    </View>
  )
}
