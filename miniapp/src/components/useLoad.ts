import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { errorText } from '../api/client'

/** Load data for a page: loading / error / reload, refreshed when the page shows again and on pull-down. */
export function useLoad<T>(fn: () => Promise<T>, deps: any[] = []) {
  const [data, setData] = useState<T | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState('')
  const seq = useRef(0)
  const firstShow = useRef(true)

  const reload = useCallback(async () => {
    const my = ++seq.current
    setLoading(true)
    setError('')
    try {
      const d = await fn()
      if (my === seq.current) setData(d)
    } catch (e) {
      if (my === seq.current) setError(errorText(e))
    } finally {
      if (my === seq.current) setLoading(false)
      stopPullDownRefresh()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  useEffect(() => {
    reload()
  }, [reload])

  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    reload()
  })
  usePullDownRefresh(() => {
    reload()
  })

  return { data, setData, loading, error, reload }
}

export function go(url: string) {
  return Taro.navigateTo({ url })
}
