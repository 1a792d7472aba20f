import Taro from '@tarojs/taro'
import { View, Image, Text } from '@tarojs/components'
import { assetUrl, uploadPhoto } from '../api/client'
import { useAction } from './useAction'

export interface UploadedPhoto {
  id: string
  url: string
  /** local preview path (blob: on h5, temp file on weapp) */
  local: string
}

/** Choose up to `max` photos; each uploads at once to POST /api/uploads and shows a preview. */
export default function PhotoPicker({
  photos,
  onChange,
  max = 6
}: {
  photos: UploadedPhoto[]
  onChange: (p: UploadedPhoto[]) => void
  max?: number
}) {
  const { busy, error, setError, run } = useAction()

  async function add() {
    if (busy || photos.length >= max) return
    setError('')
    let chosen: Taro.chooseImage.SuccessCallbackResult
    try {
      chosen = await Taro.chooseImage({ count: max - photos.length, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    } catch {
      return // cancelled
    }
    const files = chosen.tempFiles || []
    const paths = chosen.tempFilePaths || []
    await run(async () => {
      let next = photos.slice()
      for (let i = 0; i < paths.length && next.length < max; i++) {
        const original: any = (files[i] as any)?.originalFileObj
        const up = await uploadPhoto(paths[i], original?.name)
        next = [...next, { id: String(up.id), url: up.url, local: paths[i] }]
        onChange(next)
      }
    })
  }

  function remove(i: number) {
    onChange(photos.filter((_, j) => j !== i))
  }

  return (
    <View>
      <View className='photos'>
        {photos.map((p, i) => (
          <View className='photo' key={p.id}>
            <Image className='photo-img' src={p.local || assetUrl(p.url)} mode='aspectFill' />
            <View className='photo-del' onClick={() => remove(i)}>
              删除
            </View>
          </View>
        ))}
        {photos.length < max ? (
          <View className='photo photo-add' id='add-photo' onClick={add}>
            <Text style={{ fontSize: '30px', lineHeight: '1.1' }}>{busy ? '…' : '＋'}</Text>
            <Text>{busy ? '上传中' : '加照片'}</Text>
          </View>
        ) : null}
      </View>
      <View className='hint'>
        已选 {photos.length}/{max} 张{busy ? '，正在上传…' : ''}
      </View>
      {error ? <View className='notice notice-error'>{error}</View> : null}
    </View>
  )
}
