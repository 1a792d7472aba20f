import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { View, Input, Text } from '@tarojs/components'
import { api, getApiBase, IS_H5, IS_WEAPP, setApiBase } from '../../api/client'
import { finishLogin } from '../../api/session'
import { ROLE_LABELS } from '../../api/labels'
import type { DemoUser } from '../../api/types'
import { ErrorNotice, Loading } from '../../components/States'
import { useAction } from '../../components/useAction'

function home() {
  Taro.reLaunch({ url: '/pages/index/index' })
}

export default function Login() {
  const [demo, setDemo] = useState<DemoUser[] | null>(null)
  const [demoLoading, setDemoLoading] = useState(IS_H5)
  const [phone, setPhone] = useState('')
  const [password, setPassword] = useState('')
  const { busy, error, setError, run } = useAction()
  const [showServer, setShowServer] = useState(false)
  const [server, setServer] = useState(IS_WEAPP ? getApiBase() : '')

  useEffect(() => {
    if (!IS_H5) return
    api
      .get<any>('/api/auth/demo-users')
      .then((res) => setDemo(Array.isArray(res) ? res : res?.users ?? res?.demoUsers ?? []))
      .catch(() => setDemo(null)) // demo mode off: only the password form
      .finally(() => setDemoLoading(false))
  }, [])

  function login(fn: () => Promise<any>) {
    run(async () => {
      await finishLogin(await fn())
      home()
    })
  }

  const devLogin = (u: DemoUser) => login(() => api.post('/api/auth/dev-login', { personId: u.id }))

  const passwordLogin = () => {
    if (!/^1\d{10}$/.test(phone.trim())) return setError('请填写 11 位手机号。')
    if (!password) return setError('请填写密码。忘记密码请联系综治中心重置。')
    login(() => api.post('/api/auth/login', { phone: phone.trim(), password }))
  }

  const wechatLogin = () =>
    login(async () => {
      const { code } = await Taro.login()
      return api.post('/api/auth/wechat', { code })
    })

  return (
    <View className='page' data-testid='login'>
      <View className='page-head'>
        <View className='page-title'>网格助手</View>
        <View className='page-desc'>身边的事，随手反映；办理进度，随时可查。</View>
      </View>
      {error ? <ErrorNotice text={error} /> : null}

      {IS_WEAPP ? (
        <View className='card'>
          <View className='label'>居民登录</View>
          <View className='btn btn-primary btn-block' id='wechat-login' onClick={wechatLogin}>
            {busy ? '正在登录…' : '微信一键登录'}
          </View>
        </View>
      ) : null}

      {IS_H5 && demoLoading ? <Loading text='正在读取演示账号…' /> : null}
      {IS_H5 && demo && demo.length ? (
        <View>
          <View className='section-title'>演示账号（点一下即可登录）</View>
          <View className='card'>
            {demo.map((u) => (
              <View className='cell demo-user' key={u.id} data-person={u.id} onClick={() => devLogin(u)}>
                <View className='grow'>
                  <View className='strong'>{u.name}</View>
                  <View className='muted'>
                    {u.label || (u.roleLabels?.length ? u.roleLabels : (u.roles || []).map((r) => ROLE_LABELS[r] || r)).join('、')}
                    {u.gridName ? ` · ${u.gridName}` : ''}
                  </View>
                </View>
                <Text className='link'>登录 ›</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}

      <View className='section-title'>网格员、工作人员用手机号登录</View>
      <View className='card'>
        <View className='label'>手机号</View>
        <Input className='input' id='phone' type='number' maxlength={11} placeholder='请输入手机号' value={phone} onInput={(e) => setPhone(e.detail.value)} />
        <View className='label mt12'>密码</View>
        <Input className='input' id='password' password placeholder='请输入密码' value={password} onInput={(e) => setPassword(e.detail.value)} />
        <View className={`btn btn-primary btn-block ${busy ? 'btn-disabled' : ''}`} id='login-submit' onClick={passwordLogin}>
          {busy ? '正在登录…' : '登录'}
        </View>
        <View className='hint'>忘记密码或账号被锁定，请联系乡镇综治中心。</View>
      </View>

      <View className='footer-links'>
        <Text className='link' id='login-privacy' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>
          隐私说明
        </Text>
      </View>

      {IS_WEAPP ? (
        <View className='footer-links'>
          <Text className='link' onClick={() => setShowServer(!showServer)}>
            服务器设置
          </Text>
          {showServer ? (
            <View className='card' style={{ textAlign: 'left' }}>
              <Input className='input' value={server} placeholder='https://…' onInput={(e) => setServer(e.detail.value)} />
              <View
                className='btn btn-block'
                onClick={() => {
                  setApiBase(server)
                  Taro.showToast({ title: '已保存', icon: 'success' })
                }}
              >
                保存
              </View>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
