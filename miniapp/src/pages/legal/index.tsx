import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { View, Textarea, Text } from '@tarojs/components'
import { api } from '../../api/client'
import type { LegalAnswer } from '../../api/types'
import TopBar from '../../components/TopBar'
import { ErrorNotice, Loading } from '../../components/States'
import { useAction } from '../../components/useAction'

interface QA {
  question: string
  answer: LegalAnswer
}

function article(a: number | string): string {
  return typeof a === 'number' || /^\d+$/.test(String(a)) ? `第${a}条` : String(a)
}

export default function Legal() {
  const q0 = useRouter().params.q
  const [question, setQuestion] = useState(q0 ? decodeURIComponent(q0) : '')
  const [history, setHistory] = useState<QA[]>([])
  const { busy, error, setError, run } = useAction()

  async function ask() {
    const q = question.trim()
    if (busy) return
    if (q.length < 4) return setError('请把问题说得具体一些，例如「楼上漏水不赔偿，我该怎么办？」')
    await run(async () => {
      const answer = await api.post<LegalAnswer>('/api/legal/ask', { question: q })
      setHistory([{ question: q, answer }, ...history])
      setQuestion('')
    })
  }

  return (
    <View className='page' data-testid='legal'>
      <TopBar />
      <View className='page-head'>
        <View className='page-title'>法律咨询</View>
        <View className='page-desc'>用大白话问，回答会注明依据的法律条文。仅供参考，重大事项请咨询律师或司法所。</View>
      </View>
      <View className='card'>
        <Textarea className='textarea' id='legal-question' maxlength={500} placeholder='例如：邻居装修天天吵到晚上十点，法律怎么规定？' value={question} onInput={(e) => setQuestion(e.detail.value)} />
        <View className={`btn btn-primary btn-block ${busy ? 'btn-disabled' : ''}`} id='legal-ask' onClick={ask}>
          {busy ? '正在查找法律依据…' : '提问'}
        </View>
      </View>
      {error ? <ErrorNotice text={error} onRetry={ask} /> : null}
      {busy ? <Loading text='正在查找法律依据，请稍候…' /> : null}
      {history.map((h, i) => (
        <View className='card legal-answer' key={i}>
          <View className='muted'>问：{h.question}</View>
          <View className='report-text' style={{ whiteSpace: 'pre-wrap' }}>
            {h.answer.answer}
          </View>
          {h.answer.citations?.length ? (
            <View className='mt12'>
              <View className='label'>法律依据</View>
              {h.answer.citations.map((c, j) => (
                <View className='cell' key={j}>
                  <Text>
                    《{c.law}》{article(c.article)}
                  </Text>
                </View>
              ))}
            </View>
          ) : null}
          {h.answer.offer_report ? (
            <View
              className='btn btn-plain btn-block'
              id='legal-to-report'
              onClick={() => Taro.navigateTo({ url: `/pages/report/index?text=${encodeURIComponent(h.question)}` })}
            >
              登记为问题，请网格员帮忙
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
